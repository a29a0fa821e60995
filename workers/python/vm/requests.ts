/** VM-only requests natives can yield besides calls: run a code object in given namespaces. */
import type { PyCode } from '../compiler/code';
import type { PyDict } from '../objects/dict';
import type { PyCell } from '../objects/function';
import type { PyValue } from '../objects/object';

/** Execute `code` with these globals/locals (module bodies, class bodies, exec/eval). */
export class ExecRequest {
  constructor(
    readonly code: PyCode,
    readonly globals: PyDict,
    readonly locals: PyDict | null,
    readonly closure: PyCell[] | null,
    /** A namespace that is not an exact dict (see Frame.localsMap). */
    readonly localsMap: PyValue | null = null,
  ) {}
}

"""runpy for Interleave: run_path, what multiprocessing's spawn start method uses to import the
main script again as __mp_main__ in a child. Frozen in CPython 3.11 (tracebacks show
'<frozen runpy>' and no source): this module is registered under that name, and the three
functions a traceback passes through sit at CPython's line numbers (the blank lines keep them
there). run_module is not simulated yet."""

import sys
import types

__all__ = ["run_module", "run_path"]


class _TempModule(object):
    """Temporarily replace a module in sys.modules with an empty namespace"""
    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = types.ModuleType(mod_name)
        self._saved_module = []

    def __enter__(self):
        mod_name = self.mod_name
        try:
            self._saved_module.append(sys.modules[mod_name])
        except KeyError:
            pass
        sys.modules[mod_name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved_module:
            sys.modules[self.mod_name] = self._saved_module[0]
        else:
            del sys.modules[self.mod_name]
        self._saved_module = []








































def _run_code(code, run_globals, init_globals=None,
              mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Helper to run code in nominated namespace"""
    if init_globals is not None:
        run_globals.update(init_globals)
    run_globals.update(__name__ = mod_name,
                       __file__ = script_name,
                       __cached__ = None,
                       __doc__ = None,
                       __loader__ = None,
                       __package__ = pkg_name,
                       __spec__ = mod_spec)
    exec(code, run_globals)
    return run_globals

def _run_module_code(code, init_globals=None,
                    mod_name=None, mod_spec=None,
                    pkg_name=None, script_name=None):
    """Helper to run code in new namespace with sys modified"""
    fname = script_name
    with _TempModule(mod_name) as temp_module, _ModifiedArgv0(fname):
        mod_globals = temp_module.module.__dict__
        _run_code(code, mod_globals, init_globals,
                  mod_name, mod_spec, pkg_name, script_name)
    # Copy the globals of the temporary module, as they
    # may be cleared when the temporary module goes away
    return mod_globals.copy()


class _ModifiedArgv0(object):
    def __init__(self, value):
        self.value = value
        self._saved_value = self._sentinel = object()

    def __enter__(self):
        if self._saved_value is not self._sentinel:
            raise RuntimeError("Already preserving saved value")
        self._saved_value = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = self._sentinel
        sys.argv[0] = self._saved_value


































































































































































def run_path(path_name, init_globals=None, run_name=None):
    """Execute code located at the specified filesystem location (a script file).

       Returns the resulting module globals dictionary.
    """
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    with open(path_name, "rb") as f:
        code = compile(f.read(), path_name, "exec")
    return _run_module_code(code, init_globals, run_name,
                            pkg_name=pkg_name, script_name=path_name)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    raise NotImplementedError("runpy.run_module is not simulated in Interleave yet")

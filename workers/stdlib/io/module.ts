/** The `io` module: the classes of ./types, ./binary, ./text and ./stringio plus open(). */
import type { PyModule } from '../../python/objects/module';
import type { Interpreter } from '../../python/vm/interpreter-state';
import { ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType, unsupportedOperationType } from './types';
import { fileIOType, bufferedReaderType, bufferedWriterType, bufferedRandomType, bytesIOType } from './binary';
import { textIOWrapperFileType } from './text';
import { stringIOType } from './stringio';
import { open } from '../../python/builtins/files';

export function initIo(interp: Interpreter, m: PyModule): void {
  const ns = m.ns;
  const put = (k: string, v: Parameters<typeof ns.setStr>[1]) => ns.setStr(k, v);
  put('IOBase', ioBaseType);
  put('RawIOBase', rawIOBaseType);
  put('BufferedIOBase', bufferedIOBaseType);
  put('TextIOBase', textIOBaseType);
  put('FileIO', fileIOType);
  put('BufferedReader', bufferedReaderType);
  put('BufferedWriter', bufferedWriterType);
  put('BufferedRandom', bufferedRandomType);
  put('BytesIO', bytesIOType);
  put('StringIO', stringIOType);
  put('TextIOWrapper', textIOWrapperFileType);
  put('UnsupportedOperation', unsupportedOperationType);
  put('open', open);
  put('DEFAULT_BUFFER_SIZE', 8192);
  put('SEEK_SET', 0);
  put('SEEK_CUR', 1);
  put('SEEK_END', 2);
  void interp;
}

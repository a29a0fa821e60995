import '../workers/python/runtime/init';
import { runProgram, BufferSink } from '../workers/python/run-program';
import { currentFrame } from '../workers/python/vm/current';
import * as cur from '../workers/python/vm/current';
const orig = cur.currentFrame;
const sink = new BufferSink();
const src = `
class A:
    def __init__(self, n): self.n = n
class B(A):
    def __init__(self, n):
        super().__init__(n)
        print("B init", self.n)
B(3)
`;
runProgram(src, sink);
console.log(sink.stdout, sink.stderr);
void orig; void currentFrame;

/**
 * The app's state (one vanilla zustand store): the code being edited, the last run's output and
 * the run status. Components select single values; the worker client lives outside the store.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { RunOutput } from '../workers/sim.worker';

export type RunStatus = 'idle' | 'running' | 'done' | 'stopped' | 'error';

export interface AppState {
  code: string;
  status: RunStatus;
  output: RunOutput | null;
  /** Message for failures of the runtime itself (not Python errors, which are in stderr). */
  failure: string | null;
  setCode(code: string): void;
  started(): void;
  finished(output: RunOutput): void;
  stopped(): void;
  failed(message: string): void;
}

export const DEFAULT_CODE = `# Edit and press Run (Ctrl+Enter).
def count(number):
    for i in range(0, 1_000_000):
        i = i + 1
    return i * number

print("count(3) =", count(3))

class Counter:
    def __init__(self):
        self.count = 0

    def increment(self, offset):
        self.count += offset

counter = Counter()
for _ in range(10):
    counter.increment(1)
print(f"counter.count = {counter.count}")
`;

export const appStore = createStore<AppState>()((set) => ({
  code: DEFAULT_CODE,
  status: 'idle',
  output: null,
  failure: null,
  setCode: (code) => set({ code }),
  started: () => set({ status: 'running', failure: null }),
  finished: (output) => set({ status: 'done', output }),
  stopped: () => set({ status: 'stopped' }),
  failed: (message) => set({ status: 'error', failure: message }),
}));

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

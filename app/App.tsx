/** The playground shell: a header with Run/Stop, the editor, and the console. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { PythonEditor } from './editor/PythonEditor';
import { Console } from './console/Console';
import { appStore, useApp } from './store';
import { SimClient, StoppedError } from './sim/client';
import type { Diagnostic } from '../workers/python/check-syntax';

const client = new SimClient();

export function App() {
  const code = useApp((s) => s.code);
  const status = useApp((s) => s.status);
  const output = useApp((s) => s.output);
  const failure = useApp((s) => s.failure);
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);
  const checkTimer = useRef<number | undefined>(undefined);

  const run = useCallback(async () => {
    const st = appStore.getState();
    if (st.status === 'running') return;
    st.started();
    try {
      const out = await client.run(st.code);
      appStore.getState().finished(out);
    } catch (e) {
      if (e instanceof StoppedError) appStore.getState().stopped();
      else appStore.getState().failed(String(e));
    }
  }, []);

  const stop = useCallback(() => client.stop(), []);

  // Live syntax check while typing (debounced), skipped while a program runs in the worker.
  useEffect(() => {
    window.clearTimeout(checkTimer.current);
    checkTimer.current = window.setTimeout(() => {
      if (appStore.getState().status === 'running') return;
      client.checkSyntax(code).then(setDiagnostics, () => {});
    }, 300);
  }, [code]);

  return (
    <div className="app">
      <header className="toolbar">
        <h1>Interleave</h1>
        <span className="tagline">Python concurrency, watched as it happens</span>
        <div className="spacer" />
        <button onClick={run} disabled={status === 'running'} data-testid="run">Run</button>
        <button onClick={stop} disabled={status !== 'running'} data-testid="stop">Stop</button>
      </header>
      <main className="workspace">
        <div className="editor-pane">
          <PythonEditor value={code} onChange={(v) => appStore.getState().setCode(v)} onRun={run} diagnostics={diagnostics} />
        </div>
        <Console status={status} output={output} failure={failure} />
      </main>
    </div>
  );
}

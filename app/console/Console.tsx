/** The program's output: stdout, then stderr in red, and a status line. */
import type { RunOutput } from '../../workers/sim.worker';
import type { RunStatus } from '../store';

interface Props {
  status: RunStatus;
  output: RunOutput | null;
  failure: string | null;
}

function statusText(status: RunStatus, output: RunOutput | null): string {
  switch (status) {
    case 'idle': return 'Press Run to execute the program.';
    case 'running': return 'Running…';
    case 'stopped': return 'Stopped.';
    case 'error': return 'The runtime failed.';
    case 'done': {
      if (!output) return '';
      const ms = (output.virtualNs / 1e6).toFixed(1);
      return `Exited with status ${output.exitCode} · ${output.instructions.toLocaleString('en')} instructions · ${ms} ms virtual time`;
    }
  }
}

export function Console({ status, output, failure }: Props) {
  return (
    <section className="console" aria-label="Program output">
      <pre className="console-output" role="log" data-testid="console">
        {output && status === 'done' && <span className="stdout">{output.stdout}</span>}
        {output && status === 'done' && <span className="stderr">{output.stderr}</span>}
        {failure && <span className="stderr">{failure}</span>}
      </pre>
      <div className="console-status" data-testid="run-status" data-status={status}>
        {statusText(status, output)}
      </div>
    </section>
  );
}

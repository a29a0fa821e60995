/**
 * asyncio and the simulated outside world it and the course's programs stand on: CPython
 * 3.11.7's own asyncio package (unchanged; its pure-Python Future and Task dressed as the C
 * `_asyncio` types by py/_asyncio.py), selectors and reprlib, on Interleave's stand-ins for the
 * operating system — socket (socketpair inside the machine) and select/epoll (simsocket.ts),
 * signal, errno (generated), a partial inspect, linecache — plus subprocess on simulated programs
 * (simproc.ts) and requests on a simulated web (simnet.ts); docs/simulated-world.md describes
 * them. The event loop sleeps in epoll.poll() in virtual time; call_soon_threadsafe wakes it
 * through its socketpair.
 */
import type { Interpreter } from '../python/vm/interpreter-state';
import { initSimSocket } from './simsocket';
import selectorsSrc from './py/selectors.py?raw';
import reprlibSrc from './py/reprlib.py?raw';
import socketSrc from './py/socket.py?raw';
import signalSrc from './py/signal.py?raw';
import subprocessSrc from './py/subprocess.py?raw';
import errnoSrc from './py/errno.py?raw';
import inspectSrc from './py/inspect.py?raw';
import linecacheSrc from './py/linecache.py?raw';
import cAsyncioSrc from './py/_asyncio.py?raw';
import requestsSrc from './py/requests/__init__.py?raw';
import requestsExceptionsSrc from './py/requests/exceptions.py?raw';
import { initSimNet } from './simnet';
import { initSimProc } from './simproc';
import asyncioInitSrc from './py/asyncio/__init__.py?raw';
import asyncio_base_eventsSrc from './py/asyncio/base_events.py?raw';
import asyncio_base_futuresSrc from './py/asyncio/base_futures.py?raw';
import asyncio_base_subprocessSrc from './py/asyncio/base_subprocess.py?raw';
import asyncio_base_tasksSrc from './py/asyncio/base_tasks.py?raw';
import asyncio_constantsSrc from './py/asyncio/constants.py?raw';
import asyncio_coroutinesSrc from './py/asyncio/coroutines.py?raw';
import asyncio_eventsSrc from './py/asyncio/events.py?raw';
import asyncio_exceptionsSrc from './py/asyncio/exceptions.py?raw';
import asyncio_format_helpersSrc from './py/asyncio/format_helpers.py?raw';
import asyncio_futuresSrc from './py/asyncio/futures.py?raw';
import asyncio_locksSrc from './py/asyncio/locks.py?raw';
import asyncio_logSrc from './py/asyncio/log.py?raw';
import asyncio_mixinsSrc from './py/asyncio/mixins.py?raw';
import asyncio_protocolsSrc from './py/asyncio/protocols.py?raw';
import asyncio_queuesSrc from './py/asyncio/queues.py?raw';
import asyncio_runnersSrc from './py/asyncio/runners.py?raw';
import asyncio_selector_eventsSrc from './py/asyncio/selector_events.py?raw';
import asyncio_sslprotoSrc from './py/asyncio/sslproto.py?raw';
import asyncio_staggeredSrc from './py/asyncio/staggered.py?raw';
import asyncio_streamsSrc from './py/asyncio/streams.py?raw';
import asyncio_subprocessSrc from './py/asyncio/subprocess.py?raw';
import asyncio_taskgroupsSrc from './py/asyncio/taskgroups.py?raw';
import asyncio_tasksSrc from './py/asyncio/tasks.py?raw';
import asyncio_threadsSrc from './py/asyncio/threads.py?raw';
import asyncio_timeoutsSrc from './py/asyncio/timeouts.py?raw';
import asyncio_transportsSrc from './py/asyncio/transports.py?raw';
import asyncio_trsockSrc from './py/asyncio/trsock.py?raw';
import asyncio_unix_eventsSrc from './py/asyncio/unix_events.py?raw';

const SOURCES: [string, string][] = [
  ['selectors', selectorsSrc],
  ['reprlib', reprlibSrc],
  ['socket', socketSrc],
  ['signal', signalSrc],
  ['subprocess', subprocessSrc],
  ['errno', errnoSrc],
  ['inspect', inspectSrc],
  ['linecache', linecacheSrc],
  ['_asyncio', cAsyncioSrc],
  ['requests.exceptions', requestsExceptionsSrc],
  ['asyncio.base_events', asyncio_base_eventsSrc],
  ['asyncio.base_futures', asyncio_base_futuresSrc],
  ['asyncio.base_subprocess', asyncio_base_subprocessSrc],
  ['asyncio.base_tasks', asyncio_base_tasksSrc],
  ['asyncio.constants', asyncio_constantsSrc],
  ['asyncio.coroutines', asyncio_coroutinesSrc],
  ['asyncio.events', asyncio_eventsSrc],
  ['asyncio.exceptions', asyncio_exceptionsSrc],
  ['asyncio.format_helpers', asyncio_format_helpersSrc],
  ['asyncio.futures', asyncio_futuresSrc],
  ['asyncio.locks', asyncio_locksSrc],
  ['asyncio.log', asyncio_logSrc],
  ['asyncio.mixins', asyncio_mixinsSrc],
  ['asyncio.protocols', asyncio_protocolsSrc],
  ['asyncio.queues', asyncio_queuesSrc],
  ['asyncio.runners', asyncio_runnersSrc],
  ['asyncio.selector_events', asyncio_selector_eventsSrc],
  ['asyncio.sslproto', asyncio_sslprotoSrc],
  ['asyncio.staggered', asyncio_staggeredSrc],
  ['asyncio.streams', asyncio_streamsSrc],
  ['asyncio.subprocess', asyncio_subprocessSrc],
  ['asyncio.taskgroups', asyncio_taskgroupsSrc],
  ['asyncio.tasks', asyncio_tasksSrc],
  ['asyncio.threads', asyncio_threadsSrc],
  ['asyncio.timeouts', asyncio_timeoutsSrc],
  ['asyncio.transports', asyncio_transportsSrc],
  ['asyncio.trsock', asyncio_trsockSrc],
  ['asyncio.unix_events', asyncio_unix_eventsSrc],
];

export function registerAsyncioModules(interp: Interpreter): void {
  interp.nativeModules.set('_interleave_socket', initSimSocket);
  // The simulated web: requests (py/requests) on _interleave_net (simnet.ts).
  interp.nativeModules.set('_interleave_net', initSimNet);
  // Simulated programs for subprocess (simproc.ts).
  interp.nativeModules.set('_interleave_proc', initSimProc);
  interp.sourceModules.set('requests', { source: requestsSrc, isPackage: true });
  interp.sourceModules.set('asyncio', { source: asyncioInitSrc, isPackage: true });
  for (const [name, source] of SOURCES) interp.sourceModules.set(name, { source, isPackage: false });
}

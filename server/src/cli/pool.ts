// Checks many drafts at once on worker threads (`xianjie check DIR`): each worker prepares the baseline
// and checks the files handed to it, one at a time; the results come back in the order of the inputs,
// exactly as a check on one thread gives them (an analysis depends only on the text, the baseline and
// the settings; the caches a worker keeps change no result). Used only when there are enough files and
// cores; XIANJIE_WORKERS sets the number of workers (0: none).
//
// On two cores workers gain nothing: one check already keeps the second core busy with V8's garbage
// collector and compiler (100 drafts: 6.1 s on one thread, 6.8 s on two workers, user time 9.5 s and 13 s),
// so workers start from four cores, leaving one for the main thread and V8's own threads.
import * as os from 'os';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';

/** What a worker needs to check files as the main thread would. Plain data: it is copied to the worker. */
export interface CheckJob {
  baseline: string;
  segmenter?: string;
  /** The rest of the settings of one file's check, passed through as they are. */
  settings: unknown;
}

/** One file's outcome, as analyseOne gives it. */
export type FileOutcome<A> = { analysed: A } | { error: { path: string; message: string } };

/** Fewest files for which workers pay for their start (each prepares its own baseline: about 0.3 s). */
const MIN_FILES = 6;
/** Fewest cores for workers (see above). */
const MIN_CORES = 4;
/** Most workers: each holds its own baseline and caches (about 100 MB). */
const MAX_WORKERS = 4;

/**
 * How many workers to use for `files` files: XIANJIE_WORKERS when set; else, for six files or more on
 * four cores or more, one per core but one (at most four, and one per three files).
 */
export function workerCount(files: number, cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length): number {
  const set = process.env.XIANJIE_WORKERS;
  if (set !== undefined && set.trim() !== '') return Math.max(0, Math.min(16, Math.floor(Number(set)) || 0));
  if (files < MIN_FILES || cores < MIN_CORES) return 0;
  return Math.min(cores - 1, MAX_WORKERS, Math.ceil(files / 3));
}

interface Request {
  index: number;
  file: string;
}
interface Reply<A> {
  index: number;
  outcome: FileOutcome<A>;
}

/**
 * Checks `files` on `count` workers started from `entry` (a module that calls serveChecks when loaded
 * as a check worker), calling `done` as each file is finished. Files a worker could not finish (it
 * failed to start or stopped) are left undefined for the caller to check itself.
 */
export async function checkOnWorkers<A>(
  entry: string, files: string[], job: CheckJob, count: number, done: (index: number) => void,
): Promise<(FileOutcome<A> | undefined)[]> {
  const outcomes: (FileOutcome<A> | undefined)[] = new Array(files.length).fill(undefined);
  let next = 0;
  const run = (): Promise<void> =>
    new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(entry, { workerData: { xianjieCheckWorker: job } });
      } catch {
        resolve();
        return;
      }
      let current: number | undefined;
      const feed = (): void => {
        if (next >= files.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, file: files[current]! } satisfies Request);
      };
      worker.on('message', (reply: Reply<A>) => {
        outcomes[reply.index] = reply.outcome;
        done(reply.index);
        feed();
      });
      // A worker that fails gives its file back; the caller checks it (and any left) on its own thread.
      worker.once('error', () => undefined);
      worker.once('exit', () => resolve());
      worker.once('online', feed);
    });
  await Promise.all(Array.from({ length: Math.min(count, files.length) }, run));
  return outcomes;
}

/**
 * In a check worker: prepares what `job` needs once (via `prepare`), then answers each request with
 * the file's outcome. Does nothing on the main thread or in other workers.
 */
export function serveChecks<A>(prepare: (job: CheckJob) => (file: string) => Promise<FileOutcome<A>>): void {
  if (isMainThread || !parentPort || !(workerData as { xianjieCheckWorker?: CheckJob } | undefined)?.xianjieCheckWorker) return;
  const port = parentPort;
  const check = prepare((workerData as { xianjieCheckWorker: CheckJob }).xianjieCheckWorker);
  port.on('message', (req: Request) => {
    void check(req.file).then((outcome) => port.postMessage({ index: req.index, outcome } satisfies Reply<A>));
  });
}

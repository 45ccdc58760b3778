// Reads the host's event stream (GET /api/events, Server-Sent Events) with fetch, because the
// stream needs the session token in the Authorization header and EventSource cannot send headers.
// Reconnects after a drop (a few seconds later) while someone is still listening.
export interface StreamedEvent {
  type: string;
  payload: unknown;
}

const RETRY_MS = 3000;

export function readEventStream(url: string, token: () => string | null, listener: (event: StreamedEvent) => void): () => void {
  let stopped = false;
  let controller: AbortController | null = null;
  const run = async () => {
    while (!stopped) {
      const current = token();
      if (current) {
        controller = new AbortController();
        try {
          const response = await fetch(url, { headers: { authorization: `Bearer ${current}`, accept: 'text/event-stream' }, signal: controller.signal });
          if (response.ok && response.body) await readFrames(response.body, listener);
        } catch {
          // offline or stopped: try again below
        }
      }
      if (!stopped) await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  };
  void run();
  return () => {
    stopped = true;
    controller?.abort();
  };
}

async function readFrames(body: ReadableStream<Uint8Array>, listener: (event: StreamedEvent) => void): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = parseFrame(frame);
      if (event) listener(event);
    }
  }
}

/** One SSE frame: `event:` and `data:` lines; comment lines (`:`) are keep-alives. */
function parseFrame(frame: string): StreamedEvent | null {
  let type = 'message';
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith('event:')) type = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  if (data.length === 0) return null;
  const text = data.join('\n');
  try {
    return { type, payload: JSON.parse(text) };
  } catch {
    return { type, payload: text };
  }
}

package io.grassroots.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body of undeclared length (chunked, or HTTP/2 without content-length), passed on as it
 * arrives until it grows past the limit; then it stops and reports that once. It never ends the
 * stream itself: a pipe would otherwise end the upstream request normally with a truncated body.
 */
final class LimitedBody implements ReadStream<Buffer> {
    private final ReadStream<Buffer> source;
    private final long limit;
    private long seen;
    private final Runnable tooLarge;

    LimitedBody(ReadStream<Buffer> source, long limit, Runnable tooLarge) {
        this.source = source;
        this.limit = limit;
        this.tooLarge = tooLarge;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            seen += chunk.length();
            if (seen > limit) {
                source.handler(null);
                source.endHandler(null);
                tooLarge.run();
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        source.endHandler(handler);
        return this;
    }
}

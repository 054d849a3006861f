package ma.coopmarket.shared.lifecycle;

import java.util.function.Supplier;

/**
 * A value made on its first use rather than when its owner is made, once, whichever thread asks
 * first: what an instance need not have to serve its first request stays off the start-up path.
 * The outbound HTTP clients (webhooks, the SMS gateway, photo imports) are made this way: the first
 * {@code java.net.http.HttpClient} of a JVM sets up TLS, about a quarter of a second on these
 * machines, and the outbox's metrics make the webhook channel at start-up.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> make;
    private volatile T value;

    private Lazy(Supplier<T> make) {
        this.make = make;
    }

    public static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = make.get();
                    value = made;
                }
            }
        }
        return made;
    }
}

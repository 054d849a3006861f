package ma.coopmarket.shared.error;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/** Looks through an exception's whole chain: its causes and their suppressed exceptions, each once. */
public final class Causes {

    private Causes() {
    }

    /**
     * Whether {@code e} or any exception it carries matches: Narayana, for one, reports a commit that
     * failed on a closed socket as a RollbackException with the socket error only suppressed.
     */
    public static boolean anyMatch(Throwable e, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.push(e);
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                todo.push(suppressed);
            }
        }
        return false;
    }
}

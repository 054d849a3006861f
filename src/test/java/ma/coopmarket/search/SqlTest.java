package ma.coopmarket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The IN lists of the prepared statements: a few sizes, so that the server keeps few statements. */
class SqlTest {

    @Test
    void upToEightValuesTakeOnePlaceholderEach() {
        for (int n = 1; n <= 8; n++) {
            List<Object> params = new ArrayList<>(List.of("before"));
            List<Integer> values = IntStream.rangeClosed(1, n).boxed().toList();
            assertEquals("(" + "?,".repeat(n - 1) + "?)", Sql.in(values, params));
            List<Object> expected = new ArrayList<>(List.of("before"));
            expected.addAll(values);
            assertEquals(expected, params);
        }
    }

    @Test
    void longerListsArePaddedToThePowerOfTwoWithTheLastValue() {
        for (int[] sizes : new int[][] { { 9, 16 }, { 16, 16 }, { 17, 32 }, { 20, 32 }, { 500, 512 } }) {
            List<Object> params = new ArrayList<>();
            List<Integer> values = IntStream.rangeClosed(1, sizes[0]).boxed().toList();
            assertEquals("(" + "?,".repeat(sizes[1] - 1) + "?)", Sql.in(values, params));
            List<Object> expected = new ArrayList<>(values);
            expected.addAll(Collections.nCopies(sizes[1] - sizes[0], sizes[0]));
            assertEquals(expected, params);
        }
    }

    @Test
    void rowsOfAWriteArePaddedLikeAnInList() {
        List<String> three = List.of("a", "b", "c");
        assertEquals(three, Sql.padded(three));
        List<String> nine = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
        List<String> expected = new ArrayList<>(nine);
        expected.addAll(Collections.nCopies(7, "i"));
        assertEquals(expected, Sql.padded(nine));
        assertThrows(IllegalArgumentException.class, () -> Sql.padded(List.of()));
    }

    @Test
    void anEmptyListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sql.in(List.of(), new ArrayList<>()));
    }
}

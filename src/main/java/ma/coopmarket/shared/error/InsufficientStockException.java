package ma.coopmarket.shared.error;

import java.util.List;

/** 409: some lines ask for more than is in stock; nothing was taken. */
public class InsufficientStockException extends ApiException {

    private final List<Shortage> shortages;

    public InsufficientStockException(List<Shortage> shortages) {
        super(409, "insufficient-stock", "Insufficient stock",
                shortages.size() + " line(s) ask for more than is in stock; nothing was taken.", null);
        this.shortages = List.copyOf(shortages);
    }

    @Override
    public List<Shortage> shortages() {
        return shortages;
    }
}

-- Issue 14: an order whose parts have moved on differently is IN_PROGRESS as soon as one part is
-- confirmed, shipped or delivered while others are open (it stayed PENDING while any part awaited its
-- cooperative). OrderStatus.of derives it so from now on; this brings the stored status of existing
-- orders (GET /api/v1/orders?status= filters on it) to the same rule.
UPDATE customer_order SET status = 'IN_PROGRESS'
WHERE status = 'PENDING'
  AND EXISTS (SELECT 1 FROM order_part p WHERE p.order_id = customer_order.id
              AND p.status IN ('CONFIRMED', 'SHIPPED', 'DELIVERED'));

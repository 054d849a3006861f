-- Invariants of the generated data set (bench/generate): one line per invariant, with the number
-- of rows that break it; 0 everywhere on a sound data set. Run with
--   mysql -N -h127.0.0.1 -uroot coopmarket_bench < bench/check-data.sql
-- The order step puts its foreign keys back without re-validating them, so references are checked here.

SELECT 'orders: total <> sum of part subtotals', COUNT(*) FROM customer_order o
  JOIN (SELECT order_id, SUM(subtotal) s FROM order_part GROUP BY order_id) p ON p.order_id = o.id WHERE o.total <> p.s;
SELECT 'orders: without parts', COUNT(*) FROM customer_order o
  WHERE NOT EXISTS (SELECT 1 FROM order_part p WHERE p.order_id = o.id);
SELECT 'parts: subtotal <> sum of line totals', COUNT(*) FROM order_part p
  JOIN (SELECT part_id, SUM(line_total) s FROM order_line GROUP BY part_id) l ON l.part_id = p.id WHERE p.subtotal <> l.s;
SELECT 'parts: without lines', COUNT(*) FROM order_part p
  WHERE NOT EXISTS (SELECT 1 FROM order_line l WHERE l.part_id = p.id);
SELECT 'parts: amount_to_collect <> subtotal (cash on delivery)', COUNT(*) FROM order_part p
  JOIN customer_order o ON o.id = p.order_id WHERE o.payment_method = 'CASH_ON_DELIVERY' AND p.amount_to_collect <> p.subtotal;
SELECT 'lines: line_total <> unit_price x quantity', COUNT(*) FROM order_line WHERE line_total <> unit_price * quantity;
SELECT 'lines: quantity outside 1..100', COUNT(*) FROM order_line WHERE quantity NOT BETWEEN 1 AND 100;
-- Lines against their product, in one pass: the join reads the product table at random.
SELECT SUM(p.id IS NULL),
       SUM(l.unit_price <> p.price OR l.sku <> p.sku OR l.name_fr <> p.name_fr OR NOT (l.name_ar <=> p.name_ar)),
       SUM(p.status <> 'ACTIVE' OR c.archived_at IS NOT NULL),
       SUM(p.cooperative_id <> op.cooperative_id),
       SUM(p.created_at > op.created_at)
  INTO @unknown, @snapshot, @unsellable, @elsewhere, @later
  FROM order_line l JOIN order_part op ON op.id = l.part_id
  LEFT JOIN product p ON p.id = l.product_id LEFT JOIN cooperative c ON c.id = p.cooperative_id;
SELECT 'lines: unknown product', CAST(COALESCE(@unknown, 0) AS SIGNED)
UNION ALL SELECT 'lines: snapshot <> product (price, sku, names)', CAST(COALESCE(@snapshot, 0) AS SIGNED)
UNION ALL SELECT 'lines: product not ACTIVE or cooperative archived', CAST(COALESCE(@unsellable, 0) AS SIGNED)
UNION ALL SELECT 'lines: product of another cooperative than its part', CAST(COALESCE(@elsewhere, 0) AS SIGNED)
UNION ALL SELECT 'lines: product created after the order', CAST(COALESCE(@later, 0) AS SIGNED);
SELECT 'lines: same product twice in a part', COUNT(*) FROM
  (SELECT part_id, product_id FROM order_line GROUP BY part_id, product_id HAVING COUNT(*) > 1) d;
SELECT 'orders: reference not CM + 8 of the alphabet', COUNT(*) FROM customer_order
  WHERE reference NOT REGEXP BINARY '^CM[0-9ABCDEFGHJKMNPQRSTVWXYZ]{8}$';
SELECT 'orders: duplicate references', COUNT(*) - COUNT(DISTINCT reference) FROM customer_order;
SELECT 'parts: code not six digits', COUNT(*) FROM order_part WHERE code NOT REGEXP '^[1-9][0-9]{5}$';
SELECT 'parts: duplicate code within a cooperative', COUNT(*) FROM
  (SELECT cooperative_id, code FROM order_part GROUP BY cooperative_id, code HAVING COUNT(*) > 1) d;
SELECT 'parts: two parts of one order for one cooperative', COUNT(*) FROM
  (SELECT order_id, cooperative_id FROM order_part GROUP BY order_id, cooperative_id HAVING COUNT(*) > 1) d;
SELECT 'orders: phone not +212[5-7] and 8 digits', COUNT(*) FROM customer_order
  WHERE delivery_phone NOT REGEXP '^[+]212[5-7][0-9]{8}$';
SELECT 'orders: unknown region', COUNT(*) FROM customer_order o
  WHERE NOT EXISTS (SELECT 1 FROM region r WHERE r.code = o.delivery_region_code);
SELECT 'orders: customer unknown, not a customer, or registered after ordering', COUNT(*) FROM customer_order o
  LEFT JOIN user_account u ON u.id = o.customer_id WHERE u.id IS NULL OR u.role <> 'CUSTOMER' OR u.created_at > o.created_at;
SELECT 'parts: cooperative unknown or archived', COUNT(*) FROM order_part p
  LEFT JOIN cooperative c ON c.id = p.cooperative_id WHERE c.id IS NULL OR c.archived_at IS NOT NULL;
SELECT 'lines, transitions: unknown part', (SELECT COUNT(*) FROM order_line l
  WHERE NOT EXISTS (SELECT 1 FROM order_part p WHERE p.id = l.part_id)) + (SELECT COUNT(*) FROM order_part_transition t
  WHERE NOT EXISTS (SELECT 1 FROM order_part p WHERE p.id = t.part_id));
SELECT 'parts: unknown order', COUNT(*) FROM order_part p
  WHERE NOT EXISTS (SELECT 1 FROM customer_order o WHERE o.id = p.order_id);
SELECT 'parts: expires_at <> created_at + 48 h, or created_at <> the order''s', COUNT(*) FROM order_part p
  JOIN customer_order o ON o.id = p.order_id
  WHERE p.expires_at <> p.created_at + INTERVAL 48 HOUR OR p.created_at <> o.created_at;
SELECT 'transitions: not a legal chain (from = previous to, first from NULL, times increasing)', COUNT(*) FROM
  (SELECT t.from_status, t.to_status, t.created_at,
          LAG(t.to_status) OVER w AS prev_to, LAG(t.created_at) OVER w AS prev_at, ROW_NUMBER() OVER w AS n
   FROM order_part_transition t WINDOW w AS (PARTITION BY t.part_id ORDER BY t.created_at, t.id)) x
  WHERE (n = 1 AND (from_status IS NOT NULL OR to_status <> 'PENDING_CONFIRMATION'))
     OR (n > 1 AND (NOT (from_status <=> prev_to) OR created_at <= prev_at
         OR NOT (CONCAT(from_status, '>', to_status) IN ('PENDING_CONFIRMATION>CONFIRMED', 'PENDING_CONFIRMATION>REFUSED',
           'PENDING_CONFIRMATION>CANCELLED', 'PENDING_CONFIRMATION>EXPIRED', 'CONFIRMED>SHIPPED', 'CONFIRMED>REFUSED',
           'CONFIRMED>CANCELLED', 'SHIPPED>DELIVERED'))));
SELECT 'parts: status, created_at, updated_at or version <> its history', COUNT(*) FROM order_part p JOIN
  (SELECT part_id, COUNT(*) n, MIN(created_at) first_at, MAX(created_at) last_at,
          SUBSTRING_INDEX(GROUP_CONCAT(to_status ORDER BY created_at DESC, id DESC), ',', 1) last_to
   FROM order_part_transition GROUP BY part_id) h ON h.part_id = p.id
  WHERE p.status <> h.last_to OR p.created_at <> h.first_at
     OR p.updated_at <> GREATEST(h.last_at, COALESCE(p.expiry_warned_at, h.last_at))
     OR p.version <> h.n - 1 + (p.expiry_warned_at IS NOT NULL);
SELECT 'parts: cash, refusal or warning fields inconsistent with the status', COUNT(*) FROM order_part p
  WHERE (p.status = 'DELIVERED') <> (p.cash_collected_at IS NOT NULL)
     OR (p.cash_collected_by IS NOT NULL AND p.status <> 'DELIVERED')
     OR (p.refusal_reason IS NOT NULL AND p.status <> 'REFUSED')
     OR (p.status = 'EXPIRED' AND p.expiry_warned_at IS NULL)
     OR (p.expiry_warned_at IS NOT NULL AND p.expiry_warned_at < p.expires_at - INTERVAL 12 HOUR);
SELECT 'transitions: after the data set''s now (2026-11-01)', COUNT(*) FROM order_part_transition
  WHERE created_at > '2026-11-01 00:00:00';
SELECT 'orders: status <> derived from the parts (CustomerOrder.refreshStatus)', COUNT(*) FROM customer_order o JOIN
  (SELECT order_id, SUM(status = 'PENDING_CONFIRMATION') pending, SUM(status IN ('CONFIRMED', 'SHIPPED')) open,
          SUM(status = 'DELIVERED') delivered FROM order_part GROUP BY order_id) p ON p.order_id = o.id
  WHERE o.status <> CASE WHEN p.pending > 0 THEN 'PENDING' WHEN p.open > 0 THEN 'IN_PROGRESS'
                         WHEN p.delivered > 0 THEN 'COMPLETED' ELSE 'CANCELLED' END;
SELECT 'orders: updated_at before created_at or after the last transition', COUNT(*) FROM customer_order o JOIN
  (SELECT p.order_id, MAX(t.created_at) last_at FROM order_part p JOIN order_part_transition t ON t.part_id = p.id
   GROUP BY p.order_id) h ON h.order_id = o.id
  WHERE o.updated_at < o.created_at OR o.updated_at > h.last_at;

-- Trainings and enrolments (EnrollmentStep), as TrainingService and EnrollmentService keep them.
SELECT 'trainings: seats_taken <> seat-holding enrolments, or above capacity', COUNT(*)
  FROM training t LEFT JOIN (SELECT training_id, SUM(status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW', 'COMPLETED')) held
  FROM training_enrollment GROUP BY training_id) e ON e.training_id = t.id
  WHERE t.seats_taken <> COALESCE(e.held, 0) OR t.seats_taken > t.capacity;
SELECT 'trainings: last_arrival <> enrolments, or arrivals not 1..n', COUNT(*) FROM training t
  LEFT JOIN (SELECT training_id, COUNT(*) n, MIN(arrival) lo, MAX(arrival) hi FROM training_enrollment GROUP BY training_id) e
  ON e.training_id = t.id WHERE t.last_arrival <> COALESCE(e.n, 0) OR (e.n > 0 AND (e.lo <> 1 OR e.hi <> e.n));
SELECT 'trainings: dates, mode, region or venue inconsistent', COUNT(*) FROM training
  WHERE enrollment_deadline > starts_at OR ends_at <= starts_at OR created_at > enrollment_deadline
     OR (mode = 'ON_SITE' AND (region_code IS NULL OR venue IS NULL)) OR (mode = 'REMOTE' AND venue IS NOT NULL)
     OR updated_at < created_at OR (status = 'COMPLETED' AND updated_at < starts_at);
SELECT 'trainings: programme unknown, inactive or created after', COUNT(*) FROM training t
  LEFT JOIN programme p ON p.id = t.programme_id WHERE p.id IS NULL OR NOT p.active OR p.created_at > t.created_at;
SELECT 'enrolments: more active than max_per_cooperative', COUNT(*) FROM
  (SELECT e.training_id, e.cooperative_id, COUNT(*) n, t.max_per_cooperative m FROM training_enrollment e
   JOIN training t ON t.id = e.training_id WHERE e.status IN ('CONFIRMED', 'WAITLISTED')
   GROUP BY e.training_id, e.cooperative_id, t.max_per_cooperative HAVING n > m) x;
SELECT 'enrolments: active_phone <> phone unless CANCELLED', COUNT(*) FROM training_enrollment
  WHERE (status = 'CANCELLED') <> (active_phone IS NULL) OR active_phone <> phone;
SELECT 'enrolments: phone not +212[5-7] and 8 digits', COUNT(*) FROM training_enrollment
  WHERE phone NOT REGEXP '^[+]212[5-7][0-9]{8}$';
SELECT 'enrolments: taken outside the enrolment window', COUNT(*) FROM training_enrollment e
  JOIN training t ON t.id = e.training_id
  WHERE e.created_at < t.created_at OR e.created_at > t.enrollment_deadline OR e.created_at >= t.starts_at;
SELECT 'enrolments: confirmed_at / cancelled_at inconsistent with the status', COUNT(*) FROM training_enrollment e
  JOIN training t ON t.id = e.training_id
  WHERE (e.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW', 'COMPLETED') AND e.confirmed_at IS NULL)
     OR (e.status = 'WAITLISTED' AND e.confirmed_at IS NOT NULL)
     OR (e.status = 'CANCELLED') <> (e.cancelled_at IS NOT NULL)
     OR e.cancelled_at >= t.starts_at OR e.confirmed_at < e.created_at OR e.updated_at < e.created_at;
SELECT 'enrolments: waitlisted while seats are free', COUNT(*) FROM training_enrollment e
  JOIN training t ON t.id = e.training_id WHERE e.status = 'WAITLISTED' AND t.seats_taken < t.capacity;
SELECT 'enrolments: waitlist not served in arrival order', COUNT(*) FROM training_enrollment w
  JOIN training_enrollment c ON c.training_id = w.training_id AND c.arrival > w.arrival
  WHERE w.status = 'WAITLISTED' AND c.confirmed_at IS NOT NULL;
SELECT 'enrolments: attendance before the start or in a cancelled training', COUNT(*) FROM training_enrollment e
  JOIN training t ON t.id = e.training_id
  WHERE e.status IN ('ATTENDED', 'NO_SHOW', 'COMPLETED') AND (e.updated_at < t.starts_at OR t.status = 'CANCELLED');
SELECT 'enrolments: active in a cancelled training', COUNT(*) FROM training_enrollment e
  JOIN training t ON t.id = e.training_id WHERE t.status = 'CANCELLED' AND e.status <> 'CANCELLED';
SELECT 'enrolments: cooperative archived, created later, or of another region', COUNT(*) FROM training_enrollment e
  JOIN training t ON t.id = e.training_id JOIN cooperative c ON c.id = e.cooperative_id
  WHERE c.archived_at IS NOT NULL OR c.created_at > e.created_at OR e.cooperative_region_code <> c.region_code
     OR (t.region_code IS NOT NULL AND t.region_code <> c.region_code);
SELECT 'enrolments: after the data set''s now (2026-11-01)', COUNT(*) FROM training_enrollment
  WHERE updated_at > '2026-11-01 00:00:00';

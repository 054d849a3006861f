-- Issue 14: each order part carries its cooperative's names, as when the order was placed (like its
-- lines' product names), so that a front end shows "Coopérative Tifaout" without a second request.
ALTER TABLE order_part ADD COLUMN cooperative_name_fr VARCHAR(200) NULL;
ALTER TABLE order_part ADD COLUMN cooperative_name_ar VARCHAR(200) NULL;
UPDATE order_part SET
    cooperative_name_fr = (SELECT c.name_fr FROM cooperative c WHERE c.id = order_part.cooperative_id),
    cooperative_name_ar = (SELECT c.name_ar FROM cooperative c WHERE c.id = order_part.cooperative_id);

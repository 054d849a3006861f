-- A second change sequence for what catalogue pages and search results show (the product cards and
-- the index): taken by the transactions that write the word index (an edit, an archive, a
-- cooperative's rename, a stock move across zero), not by the stock moves that change no card. The
-- read cache keeps its pages against it, so orders no longer empty every cached page.
INSERT INTO change_sequence (feed, current_seq) VALUES ('listing', 0);

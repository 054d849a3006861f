# The hot product of issue 13, measured on the national data set: 200 parallel buyers (10 of
# bench/generate's customers, each order with its own Idempotency-Key) of one product whose stock is
# set to 50 before each round; counts the statuses, then checks by SQL that the stock is 0 and that
# exactly 50 order lines were written. Run it against a packaged app on coopmarket_bench at
# 127.0.0.1:18080 started with RATE_LIMIT_AUTH raised (it signs in 10 customers), while a build runs
# beside it for the "busy machine" case:
#   python3 bench/hot-product.py [rounds, default 5]
# It leaves its orders (note "hot-run") in the bench database.
# 200 parallel buyers of one product with 50 units, N rounds: counts statuses, checks stock and orders by SQL.
import json, os, subprocess, sys, threading, urllib.request, uuid, collections
BASE = "http://127.0.0.1:18080"
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
def sql(q):
    return subprocess.run(["mysql", "-uroot", "-h127.0.0.1", "-N", "coopmarket_bench", "-e", q], capture_output=True, text=True, check=True).stdout.strip()
def call(method, path, body=None, headers=None):
    req = urllib.request.Request(BASE + path, method=method, data=json.dumps(body).encode() if body else None,
                                 headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
tokens = []
for i in range(1, 11):
    s, b = call("POST", "/api/v1/auth/token", {"email": f"customer{i}@bench.coopmarket.ma", "password": "Bench-Coop-2026"})
    assert s == 200, (s, b)
    tokens.append(json.loads(b)["accessToken"])
product = sql("SELECT p.id FROM product p JOIN cooperative c ON c.id=p.cooperative_id WHERE p.status='ACTIVE' AND c.archived_at IS NULL AND c.region_code='MA-09' ORDER BY p.id LIMIT 1 OFFSET 777")
region = "MA-09"
print("hot product", product)
ok = True
for rnd in range(1, ROUNDS + 1):
    sql(f"UPDATE product SET stock=50 WHERE id='{product}'")
    before = int(sql(f"SELECT COUNT(*) FROM order_line WHERE product_id='{product}'"))
    barrier = threading.Barrier(200)
    statuses = collections.Counter()
    bodies = {}
    lock = threading.Lock()
    def buy(i):
        body = {"lines": [{"productId": product, "quantity": 1}],
                "delivery": {"name": "Salma Benali", "phone": "+212612345678", "city": "Agadir", "regionCode": region,
                             "addressLine": "12, rue Al Massira"}, "paymentMethod": "CASH_ON_DELIVERY", "note": "hot-run"}
        barrier.wait()
        s, b = call("POST", "/api/v1/orders", body, {"Authorization": "Bearer " + tokens[i % 10], "Idempotency-Key": str(uuid.uuid4())})
        with lock:
            statuses[s] += 1
            if s not in (201, 409):
                bodies[s] = b[:300]
    threads = [threading.Thread(target=buy, args=(i,)) for i in range(200)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    stock = int(sql(f"SELECT stock FROM product WHERE id='{product}'"))
    lines = int(sql(f"SELECT COUNT(*) FROM order_line WHERE product_id='{product}'")) - before
    good = statuses[201] == 50 and statuses[409] == 150 and stock == 0 and lines == 50
    ok &= good
    load = os.getloadavg()[0]
    print(f"round {rnd}: load average {load:.1f} {dict(statuses)} stock after {stock} new order lines {lines} {'OK' if good else 'FAIL'} {bodies}")
print("ALL OK" if ok else "NOT OK")

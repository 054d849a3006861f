// Drives the running API with the TypeScript client generated from openapi.yaml (typescript-fetch),
// as a front end and a partner platform would: compiled with tsc in strict mode, then run by
// GeneratedClientsTest against the test app. Any failed step throws: the process exits non-zero.
import {
    AdministrationApi,
    AuthenticationApi,
    Configuration,
    CooperativesApi,
    OrdersApi,
    ProductsApi,
    ResponseError,
    SyncApi,
} from '../../../target/generated-ts';
import type { Order, ProductCard, ProductChange, ProductFields } from '../../../target/generated-ts';

declare const process: { env: Record<string, string | undefined>; exit(code: number): never };

const basePath = need('BASE_URL');
const run = Math.random().toString(36).slice(2, 10);

function need(name: string): string {
    const value = process.env[name];
    if (!value) {
        throw new Error(`${name} is not set`);
    }
    return value;
}

function check(condition: boolean, what: string): void {
    if (!condition) {
        throw new Error(`failed: ${what}`);
    }
    console.log(`ok: ${what}`);
}

const signedIn = (accessToken: string) => new Configuration({ basePath, accessToken });

async function main(): Promise<void> {
    const anonymous = new Configuration({ basePath });
    const auth = new AuthenticationApi(anonymous);

    // An admin sets up two cooperatives with a product each (the demo of a marketplace).
    const admin = signedIn((await auth.signIn({ tokenRequest: { email: need('ADMIN_EMAIL'), password: need('ADMIN_PASSWORD') } })).accessToken);
    const cooperatives = new CooperativesApi(admin);
    const products = new ProductsApi(admin);
    const coops: string[] = [];
    const productIds: string[] = [];
    for (const [i, region] of ['MA-09', 'MA-02'].entries()) {
        const coop = await cooperatives.createCooperative({
            cooperativeFields: {
                nameFr: `Coopérative ${run}-${i}`, nameAr: `تعاونية ${run}-${i}`, registrationNumber: `TS-${run}-${i}`,
                legalForm: 'COOPERATIVE', regionCode: region, city: 'Taroudant', sectorCode: 'AGRICULTURE',
                womenCooperative: true,
            },
        });
        coops.push(coop.id);
        const fields: ProductFields = {
            sku: `TS-${run}-${i}`, nameFr: `Huile d'argan ${run} ${i}`, nameAr: `زيت أركان ${run}`, categoryCode: 'ARGAN_OIL',
            price: '120.50', unit: 'ML', unitQuantity: '250', stock: 10,
        };
        const product = await products.createProduct({ id: coop.id, productFields: fields });
        check(product.price === '120.50', `a product's price is the exact string "120.50" (${product.price})`);
        productIds.push(product.id);
    }

    // A shopper registers, signs in, browses and searches.
    const email = `ts-${run}@client.example.ma`;
    await auth.registerCustomer({
        registrationFields: { email, phone: '+212612345678', fullName: 'Salma Benali', password: 'Client-Test-2026', preferredLanguage: 'fr' },
    });
    const shopper = signedIn((await auth.signIn({ tokenRequest: { email, password: 'Client-Test-2026' } })).accessToken);
    const catalogue = new ProductsApi(shopper);
    const page = await catalogue.listProducts({ category: 'ARGAN_OIL', size: 5 });
    check(page.items.length > 0 && page.totalElements >= page.items.length, 'the catalogue lists products');
    const found = await catalogue.listProducts({ q: `huile argan ${run}` });
    const names: string[] = found.items.map((card: ProductCard) => card.nameFr);
    check(found.items.length === 2 && names.every((n) => n.includes(run)), `a search finds this run's 2 products (${names})`);

    // An order of two cooperatives, read back.
    const orders = new OrdersApi(shopper);
    const placed: Order = await orders.placeOrder({
        idempotencyKey: `ts-${run}`,
        orderFields: {
            lines: productIds.map((productId) => ({ productId, quantity: 2 })),
            delivery: { name: 'Salma Benali', phone: '+212612345678', city: 'Agadir', regionCode: 'MA-09', addressLine: '12, rue Al Massira' },
            paymentMethod: 'CASH_ON_DELIVERY',
        },
    });
    check(placed.parts.length === 2 && placed.total === '482.00', `an order of two cooperatives: 2 parts, total "482.00" (${placed.total})`);
    const again = await orders.getOrder({ id: placed.id });
    check(again.id === placed.id && again.status === 'PENDING', 'the order reads back, PENDING');
    check(again.parts.every((p) => p.cooperativeNameFr.startsWith('Coopérative')), 'each part names its cooperative');

    // A partner with an API key upserts a batch and walks its sync feed to the end.
    const administration = new AdministrationApi(admin);
    const partner = await administration.createPartner({
        partnerFields: { name: `Souk ${run}`, permissions: ['CATALOG_READ', 'CATALOG_WRITE'], cooperativeIds: coops },
    });
    const key = (await administration.createPartnerKey({ id: partner.id })).key;
    const asPartner = new Configuration({ basePath, apiKey: key });
    const sync = new SyncApi(asPartner);
    const batch = await sync.upsertProducts({
        productBatch: {
            items: coops.map((cooperativeId, i) => ({
                externalRef: `SD-${run}-${i}`, cooperativeId,
                product: {
                    sku: `SD-${run}-${i}`, nameFr: `Miel de thym ${run}`, categoryCode: 'HONEY', price: '95.00', unit: 'G',
                    unitQuantity: '500', stock: 4,
                },
            })),
        },
    });
    check(batch.items.length === 2 && batch.items.every((item) => item.id !== undefined), 'the partner upserts a batch of 2');
    let cursor: string | undefined;
    const seen: ProductChange[] = [];
    for (let pages = 0; pages < 100; pages++) {
        // The cursor carries the walk's filters: it is sent alone.
        const changes = await sync.listProductChanges(cursor === undefined ? { mine: true, size: 1 } : { cursor, size: 1 });
        seen.push(...changes.items);
        cursor = changes.nextCursor;
        if (!changes.hasMore) {
            break;
        }
    }
    check(seen.filter((c) => c.externalRef?.startsWith(`SD-${run}`)).length === 2,
        `the partner's sync feed, walked to its end a change at a time, holds its 2 products (${seen.length} changes)`);
}

main().then(() => console.log('typescript client: all steps passed'), async (e: unknown) => {
    if (e instanceof ResponseError) {
        console.error(`${e.response.status} ${e.response.url}: ${await e.response.text()}`);
    } else {
        console.error(e instanceof Error ? e.message : e);
    }
    process.exit(1);
});

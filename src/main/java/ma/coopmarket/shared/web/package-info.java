/**
 * Web conventions: paging and Link headers, strict query parameters, the body limit, ETags, client
 * addresses, Moroccan phone numbers, and the contract's shaping
 * (security schemes, error responses, decimals, required properties, schema names).
 */
package ma.coopmarket.shared.web;

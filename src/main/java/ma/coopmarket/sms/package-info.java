/**
 * SMS for cooperatives without a smartphone: notifications of orders in their language, GSM-7 and
 * UCS-2 segments, the gateways (HTTP provider or log), the outbox channel, answers by SMS (confirm or
 * refuse a part) and the provider's signed webhooks.
 */
package ma.coopmarket.sms;

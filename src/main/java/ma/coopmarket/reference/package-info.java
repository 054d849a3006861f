/**
 * Reference data: Morocco's twelve regions, the sectors, the product categories and the training
 * topics, with their French, Arabic and English labels.
 */
package ma.coopmarket.reference;

/**
 * Support programmes and their calls for applications: eligibility rules, applications by
 * cooperatives, and the organisers' decisions.
 */
package ma.coopmarket.programme;

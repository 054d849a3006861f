/**
 * Statistics for programmes and partners: cooperatives by region, sector and women's cooperatives, and
 * trainings' enrolment and attendance.
 */
package ma.coopmarket.stats;

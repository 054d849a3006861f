/**
 * Trainings on digital marketing and e-commerce: sessions with their seats, enrolments with a waiting
 * list, attendance and the attendance sheet (CSV).
 */
package ma.coopmarket.training;

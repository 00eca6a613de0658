/**
 * The figures officers report: dashboard counts, and printable reports (a title's record
 * sheet, the provincial summary in the official layout) drawn as PDF with iText or as
 * DOCX with Apache POI.
 */
package vn.dost.registry.reports;

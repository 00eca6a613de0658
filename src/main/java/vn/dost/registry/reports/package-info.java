/** The figures officers report: dashboard counts now, printable reports (PDF) later. */
package vn.dost.registry.reports;

"""The Print page, the PDF preview, printing a rendered PDF with QPrinter, print-on-arrival."""

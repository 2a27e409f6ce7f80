"""Ticket slips (取号小票) as PDFs, and printing them through Qt.

``fonts`` finds the font for Chinese text, ``slip`` renders the 80 mm slip with
reportlab, ``printer`` prints a PDF on a named printer (or a PDF file) and previews it.
"""

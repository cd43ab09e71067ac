#!/usr/bin/env bash
# Makes fixtures/libreoffice/libreoffice_roster.xlsx and .xls: fixtures/xlsx/xlsxwriter_roster.xlsx
# opened and saved again by LibreOffice Calc, as .xlsx (its own writer: explicit t="n", numbers as
# 4.30104201608218E+017 with 15 significant digits, its own shared strings, comments and styles)
# and as .xls ("MS Excel 97": BIFF8 with its SST, MULRK and NUMBER records, a hidden sheet); and
# fixtures/docx/notice.docx and roster_table.docx saved by LibreOffice Writer as .doc (Word 97);
# all three as OpenDocument (.ods, .odt); the Word documents as RTF; fixtures/pptx/家长会.pptx
# saved by Impress as .ppt;
# the demo roster CSV saved as an Excel 2003 XML spreadsheet; and the Word documents exported
# by Writer as PDF (embedded font subsets with ToUnicode maps; needs a Chinese font:
# apt-get install -y fonts-wqy-microhei), and the demo roster printed to PDF by Calc.
# XLSXFixturesTests expects the same findings as the XlsxWriter original. All data is synthetic.
# Needs LibreOffice: apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui
# libreoffice-impress-nogui. Run once; the result is committed
# (LibreOffice stamps the time into it, so a new run is not byte-identical).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "needs soffice: apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui libreoffice-impress-nogui" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp fixtures/xlsx/xlsxwriter_roster.xlsx "$work/libreoffice_roster.xlsx"
mkdir -p "$work/out" fixtures/libreoffice
for format in xlsx xls; do
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to "$format" --outdir "$work/out" \
    "$work/libreoffice_roster.xlsx" >/dev/null 2>&1
  cp "$work/out/libreoffice_roster.$format" fixtures/libreoffice/
done
# The Word documents of fixtures/docx saved by LibreOffice Writer as .doc (Word 97-2003).
for name in notice roster_table; do
  cp "fixtures/docx/$name.docx" "$work/"
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to doc --outdir "$work/out" \
    "$work/$name.docx" >/dev/null 2>&1
  cp "$work/out/$name.doc" fixtures/libreoffice/
done
# The same roster and Word documents saved as OpenDocument (.ods, .odt).
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to ods --outdir "$work/out" \
  "$work/libreoffice_roster.xlsx" >/dev/null 2>&1
cp "$work/out/libreoffice_roster.ods" fixtures/libreoffice/
for name in notice roster_table; do
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to odt --outdir "$work/out" \
    "$work/$name.docx" >/dev/null 2>&1
  cp "$work/out/$name.odt" fixtures/libreoffice/
done
# The Word documents saved by LibreOffice Writer as RTF.
for name in notice roster_table; do
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to rtf --outdir "$work/out" \
    "$work/$name.docx" >/dev/null 2>&1
  cp "$work/out/$name.rtf" fixtures/libreoffice/
done
# The parents' meeting presentation saved by LibreOffice Impress as .ppt (PowerPoint 97).
cp "fixtures/pptx/家长会.pptx" "$work/meeting.pptx"
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to ppt --outdir "$work/out" \
  "$work/meeting.pptx" >/dev/null 2>&1
cp "$work/out/meeting.ppt" fixtures/libreoffice/
# The demo roster CSV opened by LibreOffice Calc (UTF-8; IDs and phones become numbers, as in
# Excel) and saved as an Excel 2003 XML spreadsheet, named .xls as web exports name it.
cp fixtures/demo/花名册_2024级.csv "$work/roster_xml2003.csv"
soffice --headless -env:UserInstallation="file://$work/profile" --infilter="CSV:44,34,76,1" \
  --convert-to "xml:MS Excel 2003 XML" --outdir "$work/out" "$work/roster_xml2003.csv" >/dev/null 2>&1
cp "$work/out/roster_xml2003.xml" fixtures/libreoffice/roster_xml2003.xls
# The Word documents exported by LibreOffice Writer as PDF (a table without cell padding, cells
# wrapped over several lines: what the PDF reader must put together again).
fc-list :lang=zh | grep -q . || { echo "needs a Chinese font for the PDFs: apt-get install -y fonts-wqy-microhei" >&2; exit 2; }
for name in notice roster_table; do
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work/out" \
    "$work/$name.docx" >/dev/null 2>&1
  cp "$work/out/$name.pdf" fixtures/libreoffice/
done
# The demo roster CSV opened in Calc (IDs become numbers) and printed to PDF: five pages, the
# columns split over them, IDs shown as 3.70102201001185E+017, numbers set close against names.
cp fixtures/demo/花名册_2024级.csv "$work/roster_print.csv"
soffice --headless -env:UserInstallation="file://$work/profile" --infilter="CSV:44,34,76,1" \
  --convert-to pdf --outdir "$work/out" "$work/roster_print.csv" >/dev/null 2>&1
cp "$work/out/roster_print.pdf" fixtures/libreoffice/
soffice --version | head -1 > fixtures/libreoffice/WRITER.txt
echo "wrote fixtures/libreoffice/: libreoffice_roster.xlsx, .xls, notice.doc, roster_table.doc, .ods, .odt, .rtf, meeting.ppt, roster_xml2003.xls, notice.pdf, roster_table.pdf, roster_print.pdf ($(head -1 fixtures/libreoffice/WRITER.txt))"

# files of reports/ (vafa_reports): template rendering, the print service and `vafa print`.
target_sources(vafa_reports PRIVATE
    TemplateRenderer.h TemplateRenderer.cpp
    PrintService.h PrintService.cpp
    PrintCommand.h PrintCommand.cpp
    OfficialInvoiceForm.h OfficialInvoiceForm.cpp
    paper/Paper.h
    paper/FormLayout.h paper/FormLayout.cpp
    paper/PaperPainter.h paper/PaperPainter.cpp
    paper/PdfFile.h paper/PdfFile.cpp
    paper/GlyphText.h paper/GlyphText.cpp
    paper/HtmlPaper.h paper/HtmlPaper.cpp)
# Mustache (header-only, Debian: libkainjow-mustache-dev) renders the templates.
find_path(KAINJOW_MUSTACHE_INCLUDE_DIR kainjow/mustache.hpp REQUIRED)
target_include_directories(vafa_reports SYSTEM PRIVATE ${KAINJOW_MUSTACHE_INCLUDE_DIR})
# The built-in templates, read as ":/vafa/print-templates/<entity>.html".
qt_add_resources(vafa_reports vafa_print_templates PREFIX /vafa/print-templates BASE templates
    FILES templates/invoice.html templates/proforma.html templates/contract.html templates/receipt.html
          templates/statement.html)

/**
 * Documents (văn bản, biểu mẫu): renders the official forms and other generated files of every module as PDF with
 * embedded Vietnamese fonts — the dossier forms of Circulars 01/2018 and 03/2025 today. Plain data records in, bytes
 * out; the layout engine (line breaking, tables, text blocks, QR codes) stays internal. {@link vn.motcua.documents.Word}
 * holds the DOCX building blocks of the Decree 30/2020 format that the reports and the control plan share.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package vn.motcua.documents;

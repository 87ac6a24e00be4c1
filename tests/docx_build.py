"""Builders of real .docx files as offices make them (python-docx plus raw
XML where python-docx has no API), shared by the docx reader and annotate tests."""

from __future__ import annotations

import io
import re
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CN_HEAD = re.compile(r"^[一二三四五六七八九十]{1,3}、\s*")
CN_SUB = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]\s*")


def style_numbered(lines: list[str], path, *, derived: bool = False) -> None:
    """Headings numbered by Word's 多级列表 tied to the heading styles: the
    paragraph has no number in its text and no numPr of its own; Heading 1
    and Heading 2 carry the numPr, the levels name the styles (w:pStyle).
    derived=True: the headings use a custom style based on Heading 1/2, which
    inherits the numbering through w:basedOn."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>'
            '<w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/>'
            '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))
    for sid, ilvl in (("Heading 1", ""), ("Heading 2", '<w:ilvl w:val="1"/>')):  # as Word writes them
        d.styles[sid].element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}>{ilvl}<w:numId w:val="70"/></w:numPr>')
        )
    names = {1: "Heading 1", 2: "Heading 2"}
    if derived:
        for level in (1, 2):
            st = d.styles.add_style(f"报告标题{level}", WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = d.styles[f"Heading {level}"]
            names[level] = st.name
    for line in lines:
        if CN_HEAD.match(line):
            d.add_paragraph(CN_HEAD.sub("", line), style=names[1])
        elif CN_SUB.match(line):
            d.add_paragraph(CN_SUB.sub("", line), style=names[2])
        else:
            d.add_paragraph(line)
    d.save(path)


def body_docx(
    body_xml: str,
    path,
    *,
    styles_xml: str | None = None,
    numbering_xml: str | None = None,
    extra: dict[str, str] | None = None,
) -> None:
    """A minimal .docx written by hand (as WPS and converters write them):
    document.xml with `body_xml` in w:body, optional styles/numbering parts."""
    ns = (
        f'xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" mc:Ignorable="wps"'
    )
    rels = [
        (
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/>'
        )
    ]
    types = [
        (
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/>'
        ),
        (
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.styles+xml"/>'
        ),
    ]
    parts = {
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:document {ns}><w:body>{body_xml}<w:sectPr/></w:body></w:document>",
        "word/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}">'
        f"{styles_xml or ''}</w:styles>",
    }
    if numbering_xml is not None:
        parts["word/numbering.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}">{numbering_xml}</w:numbering>'
        )
        rels.append(
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/numbering" Target="numbering.xml"/>'
        )
        types.append(
            '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.numbering+xml"/>'
        )
    parts.update(extra or {})
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships">{"".join(rels)}</Relationships>'
    )
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{''.join(types)}</Types>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def para(text: str, ppr: str = "") -> str:
    from xml.sax.saxutils import escape

    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

"""Presenting results: one writer for every output format (`formats`), each command's result
described once (`views`), citations in the style of a document's kind (`citations`) and the
briefing note (`brief`). The CLI and the web page's exports both write through here."""

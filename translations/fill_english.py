#!/usr/bin/env python3
"""Completes teamledger_en.ts: the source strings are English, so every unfinished English
translation becomes the source text itself (plural forms: %n stays in every form).
Run after `cmake --build build/dev --target update_translations`."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/teamledger_en.ts"
tree = ET.parse(path)
changed = 0
for message in tree.getroot().iter("message"):
    source = message.find("source")
    translation = message.find("translation")
    if source is None or translation is None:
        continue
    if translation.get("type") != "unfinished":
        continue
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        for _ in range(2):
            ET.SubElement(translation, "numerusform").text = source.text
    else:
        translation.text = source.text
    del translation.attrib["type"]
    changed += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0); f.write(text); f.truncate()
print(f"{path}: {changed} translations completed")

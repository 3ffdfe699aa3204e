#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources with Qt's lupdate and
# keeps every translation already made.
#
# portolan_de.ts holds every string; portolan_en.ts only the plural forms
# ("%n host(s)" becomes "1 host", "2 hosts"). Translate new entries with Qt
# Linguist or by hand, then rebuild: the build compiles the .ts files.
#
# Free functions translate through a file-local helper,
#     QString tr(const char *text) { return QCoreApplication::translate("Portolan::X", text); }
# which lupdate files under the namespace's context; this script moves those
# strings to the context the helper names, so the runtime finds them.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" \
                     "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            lupdate=$candidate
            break
        fi
    done
fi
[ -n "$lupdate" ] || { echo "lupdate not found; install qt6-l10n-tools" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sources=(model views app)
"$lupdate" -silent -locations absolute -target-language de_DE "${sources[@]}" -ts "$tmp/de.ts"
"$lupdate" -silent -locations absolute -target-language en_US -pluralonly "${sources[@]}" \
    -ts "$tmp/en.ts"

python3 - "$tmp" <<'PY'
import os, re, sys
import xml.etree.ElementTree as ET

tmp = sys.argv[1]
helper = re.compile(r'QCoreApplication::translate\("([^"]+)",\s*text\b')

def helper_context(path, cache={}):
    if path not in cache:
        try:
            with open(path, encoding='utf-8') as f:
                found = helper.findall(f.read())
        except OSError:
            found = []
        cache[path] = found[0] if len(found) == 1 else None
    return cache[path]

# Classes that translate in their own context (Q_OBJECT, Q_DECLARE_TR_FUNCTIONS,
# or a context named outright in a translate() call); any other context lupdate makes up (a struct whose members call the file's
# helper) belongs to the helper's context.
tr_classes = set()
for top in ('model', 'views', 'app'):
    for dirpath, _, files in os.walk(top):
        for name in files:
            if name.endswith(('.h', '.cpp')):
                with open(os.path.join(dirpath, name), encoding='utf-8') as f:
                    text = f.read()
                tr_classes.update(c.split('::')[-1] for c in re.findall(
                    r'translate\(\s*"([^"]+)"\s*,\s*"', text))
                tr_classes.update(re.findall(r'Q_DECLARE_TR_FUNCTIONS\((?:\w+::)*(\w+)\)', text))
                for match in re.finditer(r'class\s+(\w+)[^;{]*\{', text):
                    body = text[match.end():match.end() + 400]
                    if 'Q_OBJECT' in body.split('};')[0]:
                        tr_classes.add(match.group(1))

def key(context, message):
    source = message.findtext('source') or ''
    comment = message.findtext('comment') or ''
    return (context, source, comment)

def refresh(fresh_path, target):
    fresh = ET.parse(fresh_path).getroot()
    contexts = {}
    order = []
    def bucket(name):
        if name not in contexts:
            contexts[name] = []
            order.append(name)
        return contexts[name]
    for context in fresh.findall('context'):
        name = context.findtext('name')
        for message in context.findall('message'):
            dest = name
            for location in message.findall('location'):
                source_file = os.path.normpath(
                    os.path.join(os.path.dirname(fresh_path), location.get('filename')))
                location.set('filename', os.path.relpath(source_file, os.path.dirname(
                    os.path.abspath(target))))
                mapped = helper_context(source_file)
                if mapped and ('::' not in name or name.split('::')[-1] not in tr_classes):
                    dest = mapped
            bucket(dest).append(message)

    old = {}
    if os.path.exists(target):
        for context in ET.parse(target).getroot().findall('context'):
            for message in context.findall('message'):
                old[key(context.findtext('name'), message)] = message.find('translation')
    # A string that moved to another class keeps its translation: the one of
    # the context it left, found by its text; a string now also used by
    # another class takes the translation every context gives it, if they agree.
    fresh_keys = {key(name, message) for name in order for message in contexts[name]}
    moved = {}
    shared = {}
    for k, translation in old.items():
        if translation is None or translation.get('type') in ('unfinished', 'vanished',
                                                              'obsolete'):
            continue
        shared.setdefault(k[1:], []).append(translation)
        if k not in fresh_keys:
            moved.setdefault(k[1:], []).append(translation)

    def carried(k):
        for found in (moved, shared):
            candidates = found.get(k[1:], [])
            texts = {ET.tostring(t, encoding='unicode') for t in candidates}
            if len(texts) == 1:
                return candidates[0]
            if texts:
                return None
        return None

    root = ET.Element('TS', fresh.attrib)
    for name in sorted(order):
        context = ET.SubElement(root, 'context')
        ET.SubElement(context, 'name').text = name
        seen = set()
        for message in contexts[name]:
            k = key(name, message)
            if k in seen:
                # The same text in two places of one context: one entry, all locations.
                for existing in context.findall('message'):
                    if key(name, existing) == k:
                        existing.extend(message.findall('location'))
                continue
            seen.add(k)
            translation = old.get(k)
            if translation is None or translation.get('type') == 'unfinished':
                found = carried(k)
                if found is not None:
                    translation = found
            if translation is not None:
                message.remove(message.find('translation'))
                message.append(translation)
            context.append(message)
    ET.indent(root, space='    ')
    body = ET.tostring(root, encoding='unicode')
    # Relative paths keep the files free of this machine's layout.
    with open(target, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')

refresh(os.path.join(tmp, 'de.ts'), 'resources/translations/portolan_de.ts')
refresh(os.path.join(tmp, 'en.ts'), 'resources/translations/portolan_en.ts')

# English plurals follow the source: "%n host(s)" is "%n host" and "%n hosts".
# New entries are filled so; a translator may still change them.
en = 'resources/translations/portolan_en.ts'
tree = ET.parse(en)
for message in tree.getroot().iter('message'):
    translation = message.find('translation')
    source = message.findtext('source') or ''
    if message.get('numerus') != 'yes' or translation.get('type') != 'unfinished':
        continue
    if '(s)' not in source:
        continue
    for form in list(translation):
        translation.remove(form)
    for text in (source.replace('(s)', ''), source.replace('(s)', 's')):
        ET.SubElement(translation, 'numerusform').text = text
    del translation.attrib['type']
ET.indent(tree.getroot(), space='    ')
with open(en, 'w', encoding='utf-8') as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' +
            ET.tostring(tree.getroot(), encoding='unicode') + '\n')
PY
echo "updated resources/translations/portolan_de.ts and portolan_en.ts"

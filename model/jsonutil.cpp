#include "jsonutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::JsonReader", text);
}

} // namespace

bool parseJsonObject(const QByteArray &json, const QString &origin, QJsonObject *out,
                     QString *error)
{
    auto report = [&](qsizetype offset, const QString &what) {
        // Report the place as 1-based line and column, counting characters, not bytes.
        int line = 1;
        int column = 1;
        const qsizetype end = std::min<qsizetype>(offset, json.size());
        for (qsizetype i = 0; i < end; ++i) {
            const uchar c = uchar(json[i]);
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++column;
            }
        }
        if (error)
            *error = QStringLiteral("%1:%2:%3: %4").arg(origin).arg(line).arg(column).arg(what);
        return false;
    };

    if (json.trimmed().isEmpty())
        return report(0, tr("the file is empty"));
    // With a byte order mark, or without one: JSON text starts with an ASCII
    // character, which UTF-16 pairs with a NUL byte.
    if (json.startsWith("\xFF\xFE") || json.startsWith("\xFE\xFF") ||
        (json.size() >= 2 && (json[0] == '\0') != (json[1] == '\0')))
        return report(0, tr("the file is UTF-16 encoded; save it as UTF-8"));
    QByteArray data = json;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3); // a UTF-8 byte order mark is harmless
    if (data.contains('\0'))
        return report(data.indexOf('\0'), tr("the file contains a NUL byte; it is not JSON text"));
    // Qt's parser silently drops a U+FEFF that starts a string, so a file with
    // one inside would change on load; only the very start may hold a BOM.
    if (const qsizetype bom = data.indexOf("\xEF\xBB\xBF"); bom >= 0)
        return report(bom + (json.size() - data.size()),
                      tr("the file contains a byte order mark (U+FEFF) after its start; "
                         "remove it, or write it as \\ufeff inside a string"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument reads only arrays and objects: a lone string or number is
        // valid JSON, and the user should hear what is really wrong with it.
        QJsonParseError wrappedError;
        QJsonDocument::fromJson('[' + data + ']', &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError)
            return report(0, tr("the top level must be a JSON object"));
        const qsizetype bom = data.size() == json.size() ? 0 : 3;
        return report(parseError.offset + bom,
                      tr("not valid JSON: %1").arg(parseError.errorString()));
    }
    if (!document.isObject())
        return report(0, tr("the top level must be a JSON object"));
    *out = document.object();
    return true;
}

QString describeJsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("missing");
}

void JsonReader::fail(const QString &key, const QString &what)
{
    if (!m_error.isEmpty())
        return;
    QStringList parts{m_origin};
    parts += m_places;
    if (!key.isEmpty())
        parts.append(tr("field '%1' %2").arg(key, what));
    else
        parts.append(what);
    m_error = parts.join(QStringLiteral(": "));
}

bool JsonReader::require(const QJsonObject &object, const QString &key, QJsonValue *value)
{
    if (!ok())
        return false;
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        fail(key, tr("is missing"));
        return false;
    }
    *value = it.value();
    return true;
}

void JsonReader::typeError(const QString &key, const QJsonValue &value, const QString &expected)
{
    fail(key, tr("must be %1, not %2").arg(expected, describeJsonType(value)));
}

QString JsonReader::string(const QJsonObject &object, const QString &key)
{
    QJsonValue value;
    if (!require(object, key, &value))
        return {};
    if (!value.isString()) {
        typeError(key, value, tr("a string"));
        return {};
    }
    return value.toString();
}

QString JsonReader::optionalString(const QJsonObject &object, const QString &key)
{
    if (!ok() || !object.contains(key))
        return {};
    return string(object, key);
}

bool JsonReader::optionalBool(const QJsonObject &object, const QString &key, bool fallback)
{
    if (!ok() || !object.contains(key))
        return fallback;
    const QJsonValue value = object.value(key);
    if (!value.isBool()) {
        typeError(key, value, tr("true or false"));
        return fallback;
    }
    return value.toBool();
}

int JsonReader::integer(const QJsonObject &object, const QString &key, int min, int max)
{
    QJsonValue value;
    if (!require(object, key, &value))
        return min;
    if (!value.isDouble()) {
        typeError(key, value, tr("a whole number"));
        return min;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || number < min || number > max) {
        fail(key, tr("must be a whole number from %1 to %2").arg(min).arg(max));
        return min;
    }
    return int(number);
}

double JsonReader::optionalNumber(const QJsonObject &object, const QString &key, double fallback,
                                  double limit)
{
    if (!ok() || !object.contains(key))
        return fallback;
    const QJsonValue value = object.value(key);
    if (!value.isDouble()) {
        typeError(key, value, tr("a number"));
        return fallback;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::abs(number) > limit) {
        fail(key, tr("must be a number from %1 to %2")
                      .arg(QString::number(-limit, 'f', 0), QString::number(limit, 'f', 0)));
        return fallback;
    }
    return number;
}

QJsonObject JsonReader::object(const QJsonObject &object, const QString &key)
{
    QJsonValue value;
    if (!require(object, key, &value))
        return {};
    if (!value.isObject()) {
        typeError(key, value, tr("an object"));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const QJsonObject &object, const QString &key)
{
    QJsonValue value;
    if (!require(object, key, &value))
        return {};
    if (!value.isArray()) {
        typeError(key, value, tr("an array"));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::element(const QJsonArray &array, qsizetype index)
{
    if (!ok())
        return {};
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        fail(QString(), tr("must be an object, not %1").arg(describeJsonType(value)));
        return {};
    }
    return value.toObject();
}

} // namespace Portolan

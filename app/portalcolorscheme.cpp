#include "portalcolorscheme.h"

#include <QDBusMessage>
#include <QDBusVariant>

namespace {

const auto Service = QStringLiteral("org.freedesktop.portal.Desktop");
const auto Path = QStringLiteral("/org/freedesktop/portal/desktop");
const auto Interface = QStringLiteral("org.freedesktop.portal.Settings");
const auto Group = QStringLiteral("org.freedesktop.appearance");
const auto Key = QStringLiteral("color-scheme");
constexpr int ReadTimeoutMs = 250;

} // namespace

PortalColorScheme::PortalColorScheme(const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_bus(bus)
{ }

ColorScheme::Preference PortalColorScheme::fromValue(const QVariant &value)
{
    QVariant inner = value;
    while (inner.canConvert<QDBusVariant>())
        inner = qvariant_cast<QDBusVariant>(inner).variant();
    bool ok = false;
    const uint scheme = inner.toUInt(&ok);
    if (!ok || scheme > 2)
        return ColorScheme::Preference::None;
    return static_cast<ColorScheme::Preference>(scheme);
}

ColorScheme::Preference PortalColorScheme::read()
{
    if (!m_bus.isConnected())
        return ColorScheme::Preference::None;
    if (!m_listening) {
        m_listening = m_bus.connect(Service, Path, Interface, QStringLiteral("SettingChanged"),
                                    this, SLOT(onSettingChanged(QString, QString, QDBusVariant)));
    }
    QDBusMessage call
        = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Read"));
    call << Group << Key;
    // Not auto-started: where no portal runs, asking for it would only delay the window.
    call.setAutoStartService(false);
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, ReadTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return ColorScheme::Preference::None;
    return fromValue(reply.arguments().constFirst());
}

void PortalColorScheme::onSettingChanged(const QString &group, const QString &key,
                                         const QDBusVariant &value)
{
    if (group == Group && key == Key)
        Q_EMIT preferenceChanged(fromValue(value.variant()));
}

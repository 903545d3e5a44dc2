#pragma once

#include "colorscheme.h"

#include <QDBusConnection>
#include <QObject>

class QDBusVariant;

// The desktop's light/dark preference as the XDG desktop portal publishes it
// (org.freedesktop.portal.Settings, namespace org.freedesktop.appearance, key color-scheme:
// GNOME 42+, KDE Plasma 5.24+ and others), read once at start and followed as it changes.
// Where no portal runs (headless machines, some window managers) it reports nothing.
class PortalColorScheme : public QObject
{
    Q_OBJECT

public:
    explicit PortalColorScheme(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                               QObject *parent = nullptr);

    // Asks the portal (waits at most a quarter of a second) and starts listening.
    ColorScheme::Preference read();

    // The portal's Read answers a variant in a variant (ReadOne, newer, a plain one).
    static ColorScheme::Preference fromValue(const QVariant &value);

Q_SIGNALS:
    void preferenceChanged(ColorScheme::Preference preference);

private Q_SLOTS:
    void onSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    QDBusConnection m_bus;
    bool m_listening = false;
};

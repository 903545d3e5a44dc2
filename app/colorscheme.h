#pragma once

#include <QObject>
#include <QPalette>
#include <QQmlEngine>

#include <optional>

// The window's colours: light or dark, following the system unless the user picks one in
// Settings. Qt 6.4 has no QStyleHints::colorScheme (that came in 6.5), so the system's
// preference comes from outside (PortalColorScheme, the XDG desktop portal's setting) through
// setSystemPreference(); with none, the platform theme's own palette decides (dark when its
// window colour is dark). Dark installs darkPalette() as the application's palette, which the
// Fusion controls, the palette-bound QML and the charts (DashboardPage) follow at once.
// The choice is saved in the window's preferences (DesktopPreferences::settingsFile()).
class ColorScheme : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(Choice choice READ choice WRITE setChoice NOTIFY choiceChanged)
    Q_PROPERTY(bool dark READ isDark NOTIFY darkChanged)

public:
    enum Choice { System, Light, Dark };
    Q_ENUM(Choice)
    // The portal's values for org.freedesktop.appearance color-scheme.
    enum class Preference { None = 0, Dark = 1, Light = 2 };

    explicit ColorScheme(QObject *parent = nullptr);

    // Applies the saved choice, or `override` for this run only (--theme): call once the
    // QGuiApplication exists and before the window loads.
    void applySaved(std::optional<Choice> override = std::nullopt);

    Choice choice() const { return m_choice; }
    void setChoice(Choice choice); // applies and saves
    bool isDark() const { return m_dark; }

    void setSystemPreference(Preference preference);

    static QPalette darkPalette();
    // "system", "light", "dark" (as --theme takes them).
    static std::optional<Choice> choiceFromName(QStringView name);

Q_SIGNALS:
    void choiceChanged();
    void darkChanged();

private:
    void apply();
    bool systemIsDark() const;

    Choice m_choice = System;
    Preference m_system = Preference::None;
    QPalette m_platformPalette;
    bool m_dark = false;
};

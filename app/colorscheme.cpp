#include "colorscheme.h"

#include "desktoppreferences.h"

#include <QGuiApplication>
#include <QSettings>

namespace {

const auto ThemeKey = QStringLiteral("appearance/theme");

QString choiceName(ColorScheme::Choice choice)
{
    switch (choice) {
    case ColorScheme::Light:
        return QStringLiteral("light");
    case ColorScheme::Dark:
        return QStringLiteral("dark");
    case ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

ColorScheme::ColorScheme(QObject *parent)
    : QObject(parent), m_platformPalette(QGuiApplication::palette())
{
    m_dark = m_platformPalette.color(QPalette::Window).lightness() < 128;
}

std::optional<ColorScheme::Choice> ColorScheme::choiceFromName(QStringView name)
{
    for (const Choice choice : {System, Light, Dark}) {
        if (name.compare(choiceName(choice), Qt::CaseInsensitive) == 0)
            return choice;
    }
    return std::nullopt;
}

void ColorScheme::applySaved(std::optional<Choice> override)
{
    const QSettings saved(DesktopPreferences::settingsFile(), QSettings::IniFormat);
    m_choice = override.value_or(choiceFromName(saved.value(ThemeKey).toString()).value_or(System));
    apply();
}

void ColorScheme::setChoice(Choice choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    QSettings(DesktopPreferences::settingsFile(), QSettings::IniFormat)
        .setValue(ThemeKey, choiceName(choice));
    Q_EMIT choiceChanged();
    apply();
}

void ColorScheme::setSystemPreference(Preference preference)
{
    if (preference == m_system)
        return;
    m_system = preference;
    apply();
}

bool ColorScheme::systemIsDark() const
{
    if (m_system != Preference::None)
        return m_system == Preference::Dark;
    return m_platformPalette.color(QPalette::Window).lightness() < 128;
}

void ColorScheme::apply()
{
    const bool dark = m_choice == Dark || (m_choice == System && systemIsDark());
    const bool platformDark = m_platformPalette.color(QPalette::Window).lightness() < 128;
    // The platform's palette where it already has the wanted brightness (it knows the
    // desktop's accent colours), ours where it has not.
    if (dark == platformDark)
        QGuiApplication::setPalette(m_platformPalette);
    else
        QGuiApplication::setPalette(dark ? darkPalette() : QPalette(QColor(0xef, 0xef, 0xef)));
    if (dark != m_dark) {
        m_dark = dark;
        Q_EMIT darkChanged();
    }
}

QPalette ColorScheme::darkPalette()
{
    // Fusion's colour roles in dark: neutral greys, a blue highlight and links that read on it.
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    const QColor disabledText(0x7f, 0x82, 0x87);
    const QColor highlight(0x35, 0x74, 0xf0);
    QPalette palette(text, window, window.lighter(140), window.darker(160), window.darker(120),
                     text, text, base, window);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6f, 0xa8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return palette;
}

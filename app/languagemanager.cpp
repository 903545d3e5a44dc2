#include "languagemanager.h"

#include "desktoppreferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace {

const QLatin1String languageKey("window/language");
const QLatin1String prefix("llmledger_");
// The source strings are English; its translation file holds the plural forms.
const QLatin1String baseLanguage("en");

} // namespace

LanguageManager::LanguageManager(QString translationsDir, QObject *parent)
    : QObject(parent), m_translationsDir(std::move(translationsDir))
{
    const QStringList files
        = QDir(m_translationsDir)
              .entryList({prefix + QLatin1String("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        m_codes << file.mid(prefix.size()).chopped(3);
    m_language = QSettings(DesktopPreferences::settingsFile(), QSettings::IniFormat)
                     .value(languageKey)
                     .toString();
    if (!m_codes.contains(m_language))
        m_language.clear();
}

LanguageManager::~LanguageManager()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_base)
        QCoreApplication::removeTranslator(m_base.get());
}

void LanguageManager::applySavedLanguage()
{
    apply(m_language);
}

void LanguageManager::setLanguage(const QString &code)
{
    if (!code.isEmpty() && !m_codes.contains(code))
        return;
    if (code == m_language && m_applied)
        return;
    QSettings settings(DesktopPreferences::settingsFile(), QSettings::IniFormat);
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
    apply(code);
}

QStringList LanguageManager::languageNames() const
{
    const QLocale system = QLocale::system();
    const QString systemName = system.language() == QLocale::C
        ? QString()
        : nativeName(QLocale::languageToCode(system.language()));
    QStringList names{systemName.isEmpty() ? tr("System default")
                                           : tr("System default (%1)").arg(systemName)};
    for (const QString &code : m_codes)
        names << nativeName(code);
    return names;
}

int LanguageManager::currentIndex() const
{
    return m_language.isEmpty() ? 0 : int(m_codes.indexOf(m_language)) + 1;
}

void LanguageManager::setCurrentIndex(int index)
{
    if (index < 0 || index > m_codes.size())
        return;
    setLanguage(index == 0 ? QString() : m_codes.at(index - 1));
}

QString LanguageManager::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // Language names are lower case in some languages ("français"); a list shows them as names.
    name[0] = name.at(0).toUpper();
    if (code.contains(u'_'))
        name += QLatin1String(" (") + locale.nativeTerritoryName() + u')';
    return name;
}

void LanguageManager::apply(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);

    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    if (!m_base) {
        m_base = std::make_unique<QTranslator>();
        if (m_base->load(prefix + baseLanguage, m_translationsDir))
            QCoreApplication::installTranslator(m_base.get());
        else
            m_base.reset();
    }
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(locale, QStringLiteral("llmledger"), QStringLiteral("_"),
                         m_translationsDir)) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    }

    m_language = code;
    m_applied = true;
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

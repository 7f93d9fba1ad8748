import { languages } from '../i18n/messages';
import { useI18n } from './i18n-context';

const names = { fr: 'Français', en: 'English', de: 'Deutsch' } as const;

export function LanguagePicker() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="language-picker">
      {t('language.label')}{' '}
      <select value={lang} onChange={(e) => setLang(e.target.value as typeof lang)}>
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {names[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

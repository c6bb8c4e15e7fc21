import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdateBanner } from './update-banner.tsx';

/** Registers the service worker (vite-plugin-pwa, `prompt` mode) and shows its offers. */
export function UpdatePrompt() {
  return <UpdateBanner useRegister={useRegisterSW} />;
}

import type { VerdictLook } from './verdicts';

let audio: AudioContext | null = null;

/**
 * The verdict as sound, synthesised (no audio file to fetch offline): one high beep lets in, two
 * low beeps stop. The context is made on the first scan, which follows a key press or a tap, as
 * browsers require before they play anything.
 */
export function beep(sound: VerdictLook['sound']): void {
  if (typeof AudioContext === 'undefined') return;
  audio ??= new AudioContext();
  const tones = sound === 'accept' ? [{ at: 0, hz: 1760, s: 0.15 }] : [0, 0.22].map((at) => ({ at, hz: 330, s: 0.16 }));
  for (const tone of tones) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'square';
    oscillator.frequency.value = tone.hz;
    gain.gain.value = 0.12;
    oscillator.connect(gain).connect(audio.destination);
    const start = audio.currentTime + tone.at;
    oscillator.start(start);
    oscillator.stop(start + tone.s);
  }
}

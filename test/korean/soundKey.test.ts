import { describe, expect, it } from 'vitest';
import { firstVowelAgrees, hangulSoundKey, latinSoundKey, latinSoundKeys, soundDistance, soundTolerance } from '../../src/korean/soundKey.ts';

const distance = (latin: string, hangul: string) => soundDistance(latinSoundKey(latin), hangulSoundKey(hangul));
const matches = (latin: string, hangul: string) => distance(latin, hangul) <= soundTolerance(latinSoundKey(latin));

describe('sound keys: English loanwords and their Hangul spelling', () => {
  it.each([
    ['Pfizer', '화이자'],
    ['Nvidia', '엔비디아'],
    ['Silicon Valley', '실리콘밸리'],
    ['Moderna', '모더나'],
    ['Google', '구글'],
    ['Boston', '보스턴'],
    ['Washington', '워싱턴'],
    ['Cambridge', '캠브리지'],
    ['Amazon', '아마존'],
    ['Asleep', '에이슬립'],
    ['Auditum Bio', '아우디툼바이오'],
    ['Kakao Healthcare', '카카오헬스케어'],
    ['Harvard', '하버드'],
    ['Medisapiens', '메디사피엔스'],
    ['Henry', '헨리'],
    ['Ford', '포드'],
    ['cluster', '클러스터'],
    ['startup', '스타트업'],
    ['incubation', '인큐베이션'],
    ['Microsoft', '마이크로소프트'],
    ['Oracle', '오라클'],
  ])('%s sounds like %s', (latin, hangul) => {
    expect(matches(latin, hangul)).toBe(true);
  });

  it.each([
    ['Samsung', '시장'],
    ['Nvidia', '보스턴'],
    ['Pfizer', '모더나'],
    ['Google', '구조'],
    ['Daewoong', '대웅제약'],
  ])('%s does not sound like %s', (latin, hangul) => {
    expect(matches(latin, hangul)).toBe(false);
  });

  it('reads the vowel Korean inserts between consonants as weak', () => {
    expect(hangulSoundKey('구글')).toBe('KVKvL');
    expect(latinSoundKey('Google')).toBe('KVKL');
    expect(distance('Google', '구글')).toBe(0.2);
  });

  it.each([
    ['Dassault Systemes', '다쏘시스템'],
    ['Renault', '르노'],
    ['Peugeot', '푸조'],
  ])('reads %s the French way too, as Korean spells it (%s)', (latin, hangul) => {
    const keys = latinSoundKeys(latin);
    expect(keys[0]).toBe(latinSoundKey(latin));
    expect(keys.some((key) => soundDistance(key, hangulSoundKey(hangul)) <= soundTolerance(key))).toBe(true);
  });

  it('gives no French reading where it says nothing different', () => {
    expect(latinSoundKeys('Moderna')).toEqual([latinSoundKey('Moderna')]);
  });

  it('says an ampersand "and" and drops an h between a vowel and a consonant', () => {
    expect(matches('Johnson&Johnson', '존슨앤존슨')).toBe(true);
    expect(latinSoundKey('John')).toBe(latinSoundKey('Jon'));
  });

  it('checks the first vowel of short words, which consonants alone match by chance', () => {
    expect(firstVowelAgrees('Osong', '오송')).toBe(true);
    expect(firstVowelAgrees('Osong', '이상')).toBe(false);
    expect(firstVowelAgrees('Google', '구글')).toBe(true);
    expect(firstVowelAgrees('Motor', '맞이')).toBe(false);
  });

  it('gives up early past a limit', () => {
    expect(soundDistance('KVKVKVKV', 'SVSVSVSV', 1)).toBe(Infinity);
  });
});

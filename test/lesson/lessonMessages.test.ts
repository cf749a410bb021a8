import { describe, expect, it } from 'vitest';
import { LESSON_MESSAGES } from '../../src/i18n/lesson';
import type { LessonFileError } from '../../src/lesson/lessonFile';
import { HIDE_PARTS } from '../../src/lesson/hideParts';
import { PICTURE_VARIANTS } from '../../src/lesson/invarianceVariants';

const { en, zh } = LESSON_MESSAGES;

describe('the lesson and lab messages', () => {
  it('say why a lesson cannot be opened, in English and Chinese', () => {
    const errors: LessonFileError[] = [
      { kind: 'notJson' },
      { kind: 'version', version: '3' },
      { kind: 'noSteps' },
      { kind: 'tooMany', count: 61, max: 60 },
      { kind: 'step', index: 2, field: 'hidden' },
      { kind: 'link', index: 4, parts: ['pool'] },
    ];
    expect(errors.map(en.linkError)).toEqual([
      'This lesson cannot be opened: it is not a lesson (damaged or cut short?).',
      'This lesson cannot be opened: it is of version 3, and this page reads version 1.',
      'This lesson cannot be opened: it has no steps.',
      'This lesson cannot be opened: it has 61 steps, more than 60.',
      'This lesson cannot be opened: step 2 has a wrong list of hidden maps (only with a question, maps like conv-0).',
      'This lesson cannot be opened: the page of step 4 cannot be read (pool).',
    ]);
    expect(errors.map(zh.linkError)).toEqual([
      '无法打开这个课程：它不是课程（链接损坏或不完整？）。',
      '无法打开这个课程：它的版本是 3，本页面只能读取版本 1。',
      '无法打开这个课程：它没有任何步骤。',
      '无法打开这个课程：它有 61 个步骤，超过了 60 个。',
      '无法打开这个课程：第 2 步的隐藏的图有误。',
      '无法打开这个课程：第 4 步的页面无法读取。',
    ]);
  });

  it('name every gallery picture and every hideable part in both languages', () => {
    expect(PICTURE_VARIANTS.map((v) => en.picture(v.change))).toEqual([
      'the picture',
      '1 px right',
      '2 px right',
      '1 px left',
      '2 px left',
      '1 px up',
      '2 px up',
      '1 px down',
      '2 px down',
      'turned +10°',
      'turned -10°',
      'turned +20°',
      'turned -20°',
      'smaller',
      'larger',
      'thicker',
      'thinner',
      '5 % noise',
      '10 % noise',
      'corner erased',
    ]);
    expect(PICTURE_VARIANTS.map((v) => zh.picture(v.change)).slice(0, 3)).toEqual([
      '原图',
      '右移 1 像素',
      '右移 2 像素',
    ]);
    for (const part of HIDE_PARTS) {
      expect(en.hidePart(part).length).toBeGreaterThan(2);
      expect(zh.hidePart(part).length).toBeGreaterThan(1);
    }
    expect([en.mapName('pool-1'), zh.mapName('relu-0')]).toEqual(['Pooled map 2', 'ReLU 图 1']);
  });
});

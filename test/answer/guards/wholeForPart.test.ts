/**
 * A figure that counts a listed group ("A·B·C 등 …", "'NV7' 등 4개 차종 …") does not answer a question
 * about one member (src/answer/guards/wholeForPart.ts). Invented articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/index.ts';
import type { Engine } from '../../../src/answer/types.ts';
import { buildArticle } from '../../../src/corpus/article.ts';

let engine: Engine;

beforeAll(async () => {
  engine = await createEngine([
    buildArticle(
      { id: 'garlic', title: '햇마늘 수출 시동…동남아 공략', outlet: '가상농업', author: null, date: '2026-05-12', url: null },
      [
        ['전남 고흥 햇마늘이 올해 처음으로 동남아 시장에 나간다.'],
        ['한국마늘생산자협회는 올해 태국·말레이시아·필리핀 등으로 마늘 1만2천 톤을 수출하는 것을 목표로 잡았다.'],
        ['지난해 마늘 수출량은 8천 톤이었다.'],
        ['협회는 현지 대형마트와 손잡고 판촉 행사도 열 계획이다.'],
      ],
    ),
    buildArticle(
      { id: 'recall', title: '전기차 4개 차종 리콜', outlet: '가상일보', author: null, date: '2026-09-09', url: null },
      [
        ["국토교통부는 누리모터스(Nuri Motors)의 전기 SUV 'NV7' 등 4개 차종 2만4,300대에서 제작 결함이 발견돼 자발적 시정조치(리콜)에 들어간다고 9일 밝혔다."],
        ['결함은 배터리관리시스템(BMS) 소프트웨어 오류로, 주행 중 출력이 갑자기 떨어질 수 있다.'],
        ['차주들은 10일부터 가까운 서비스센터에서 무상으로 수리받을 수 있다.'],
      ],
    ),
  ]);
});

describe("the group's figure for one member", () => {
  it("is not one listed country's export target", async () => {
    const result = await engine.answer('태국 수출 목표는 몇톤이야?');
    expect(result.answerKind === 'span' && /1만2천/u.test(result.answer ?? '')).toBe(false);
  });
  it("is not one named model's recall count", async () => {
    const result = await engine.answer('NV7 리콜 몇대임');
    expect(result.answerKind === 'span' && /2만4,300/u.test(result.answer ?? '')).toBe(false);
  });
  it('still answers the whole asked', async () => {
    const target = await engine.answer('올해 마늘 수출 목표 몇 톤이야?');
    expect(target.answer).toContain('1만2천 톤');
    const recall = await engine.answer('4개 차종 리콜 몇 대야?');
    expect(recall.answer).toContain('2만4,300대');
  });
});

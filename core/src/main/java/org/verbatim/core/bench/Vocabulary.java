package org.verbatim.core.bench;

import java.util.List;

/**
 * Word lists for generated interviews about mental-health services, in English and Traditional
 * Chinese (Simplified text is derived by ICU transliteration). Lists run from frequent to rare: the
 * generator draws from them with Zipf-like weights, so some words hit often and some rarely.
 */
final class Vocabulary {
  private Vocabulary() {}

  static final List<String> DISCIPLINES =
      List.of(
          "Nurse",
          "Social Worker",
          "Psychologist",
          "Peer Support Worker",
          "Psychiatrist",
          "Occupational Therapist");

  static final List<String> ORGANISATION_TYPES =
      List.of("Hospital", "Community Service", "NGO", "Government");

  static final List<String> AGE_RANGES = List.of("20-29", "30-39", "40-49", "50-59", "60-69");

  static final List<String> EN_QUESTIONS =
      List.of(
          "Can you tell me about %s in your work?",
          "How did %s change the way you work with clients?",
          "What does %s mean to you?",
          "Could you give me an example of %s?",
          "When you think about %s, what comes to mind first?",
          "How do your colleagues talk about %s?",
          "What would make %s easier for the people you support?",
          "Was there a moment when %s surprised you?");

  static final List<String> EN_SUBJECTS =
      List.of(
          "I",
          "we",
          "my team",
          "the nurses",
          "our clients",
          "the families",
          "my manager",
          "the peer workers",
          "people",
          "the service",
          "the doctors",
          "some of my colleagues",
          "the young people",
          "the carers",
          "the community team");

  static final List<String> EN_VERBS =
      List.of(
          "talked about",
          "struggled with",
          "supported",
          "were supporting",
          "worried about",
          "recovered from",
          "are recovering from",
          "depend on",
          "learned about",
          "focus on",
          "avoided",
          "dealt with",
          "experienced",
          "noticed",
          "pushed for",
          "argued about",
          "trusted",
          "questioned",
          "recovering from",
          "supports",
          "stigmatised");

  static final List<String> EN_TOPICS =
      List.of(
          "peer support",
          "recovery",
          "stigma",
          "medication",
          "the waiting list",
          "trust",
          "burnout",
          "family support",
          "housing",
          "mental health",
          "self-stigma",
          "relapse",
          "hope",
          "shared decision making",
          "crisis plans",
          "discharge",
          "training",
          "supervision",
          "the support group",
          "their own recovery",
          "side effects",
          "employment",
          "loneliness",
          "cultural safety",
          "recovery colleges",
          "advocacy",
          "social inclusion",
          "compulsory treatment",
          "lived experience",
          "resilience");

  static final List<String> EN_MODIFIERS =
      List.of(
          "every week",
          "at the beginning",
          "in the hospital",
          "after discharge",
          "most of the time",
          "for years",
          "during the pandemic",
          "in the community",
          "with very little funding",
          "without any training",
          "in the first interview",
          "when nobody was watching");

  static final List<String> EN_OPENERS =
      List.of(
          "I think",
          "Honestly,",
          "In my experience,",
          "To be fair,",
          "You know,",
          "At first",
          "Looking back,",
          "Sometimes",
          "I remember that",
          "What I noticed is that");

  static final List<String> EN_FILLERS = List.of("um", "you know", "I mean", "like", "sort of");

  static final List<String> EN_CONNECTORS = List.of("and", "but", "because", "so", "although");

  static final List<String> ZH_QUESTIONS =
      List.of(
          "可以談談你工作中的%s嗎？",
          "%s怎麼改變你和個案工作的方式？", "對你來說，%s代表什麼？", "可以舉一個%s的例子嗎？", "你的同事怎麼看%s？", "有沒有哪一次%s讓你很意外？");

  static final List<String> ZH_SUBJECTS =
      List.of("我", "我們", "同事", "個案", "家屬", "護理師", "社工", "主管", "醫生", "病友", "年輕人", "團隊");

  static final List<String> ZH_VERBS =
      List.of(
          "覺得", "需要", "提供", "討論", "面對", "支持", "照顧", "擔心", "重視", "學習", "處理", "經歷", "忽略", "爭取", "信任",
          "懷疑");

  static final List<String> ZH_TOPICS =
      List.of(
          "同儕支持", "復元", "污名", "藥物", "家庭支持", "照顧", "信任", "壓力", "社區資源", "個案管理", "心理健康", "工作負擔", "希望",
          "出院準備", "危機處理", "督導", "訓練", "就業", "孤單", "自我污名", "副作用", "倡議", "社會參與", "生命經驗", "韌性", "同儕",
          "支持團體", "住院", "等候名單", "共同決策");

  static final List<String> ZH_MODIFIERS =
      List.of("每個星期", "一開始", "在醫院裡", "出院以後", "大部分時候", "這幾年", "疫情期間", "在社區", "沒有經費的時候", "第一次見面");

  static final List<String> ZH_FILLERS = List.of("嗯", "就是", "然後", "其實", "對", "那個");

  static final List<String> ZH_CONNECTORS = List.of("而且", "但是", "因為", "所以", "雖然");
}

#pragma once

// Responses in the providers' exact wire formats (shapes as documented and observed in
// late 2025), shared by the pricing tests. The token counts are chosen so that the costs
// can be worked out by hand; the same call appears streamed and non-streamed.

namespace Fixture {

// gpt-4o, 2000 prompt tokens of which 1500 cached, 300 completion tokens.
inline constexpr char openAiChat[] = R"({
  "id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG",
  "object": "chat.completion",
  "created": 1741570283,
  "model": "gpt-4o-2024-08-06",
  "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello world", "refusal": null,
               "annotations": []}, "logprobs": null, "finish_reason": "stop"}],
  "usage": {"prompt_tokens": 2000, "completion_tokens": 300, "total_tokens": 2300,
            "prompt_tokens_details": {"cached_tokens": 1500, "audio_tokens": 0},
            "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                          "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}},
  "service_tier": "default",
  "system_fingerprint": "fp_f9f4fb6dbf"
})";

// The same call streamed with stream_options.include_usage.
inline constexpr char openAiChatStream[] =
    R"(data: {"id":"chatcmpl-B9","object":"chat.completion.chunk","created":1741570283,"model":"gpt-4o-2024-08-06","service_tier":"default","system_fingerprint":"fp_f9f4fb6dbf","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null}

data: {"id":"chatcmpl-B9","object":"chat.completion.chunk","created":1741570283,"model":"gpt-4o-2024-08-06","service_tier":"default","system_fingerprint":"fp_f9f4fb6dbf","choices":[{"index":0,"delta":{"content":"Hello"},"logprobs":null,"finish_reason":null}],"usage":null}

data: {"id":"chatcmpl-B9","object":"chat.completion.chunk","created":1741570283,"model":"gpt-4o-2024-08-06","service_tier":"default","system_fingerprint":"fp_f9f4fb6dbf","choices":[{"index":0,"delta":{"content":" world"},"logprobs":null,"finish_reason":null}],"usage":null}

data: {"id":"chatcmpl-B9","object":"chat.completion.chunk","created":1741570283,"model":"gpt-4o-2024-08-06","service_tier":"default","system_fingerprint":"fp_f9f4fb6dbf","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"usage":null}

data: {"id":"chatcmpl-B9","object":"chat.completion.chunk","created":1741570283,"model":"gpt-4o-2024-08-06","service_tier":"default","system_fingerprint":"fp_f9f4fb6dbf","choices":[],"usage":{"prompt_tokens":2000,"completion_tokens":300,"total_tokens":2300,"prompt_tokens_details":{"cached_tokens":1500,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}}

data: [DONE]

)";

// o4-mini: 1000 prompt tokens, 5000 completion tokens of which 4000 reasoning.
inline constexpr char openAiReasoning[]
    = R"({"id":"chatcmpl-C1","object":"chat.completion","created":1741570300,
  "model":"o4-mini-2025-04-16","choices":[{"index":0,"message":{"role":"assistant","content":"42"},"finish_reason":"stop"}],
  "usage":{"prompt_tokens":1000,"completion_tokens":5000,"total_tokens":6000,
           "prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},
           "completion_tokens_details":{"reasoning_tokens":4000,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}})";

// Responses API, gpt-4.1: 10000 input tokens of which 4000 cached, 1200 output of which 200
// reasoning.
inline constexpr char openAiResponses[]
    = R"({"id":"resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b",
  "object":"response","created_at":1741476542,"status":"completed","error":null,"incomplete_details":null,
  "instructions":null,"max_output_tokens":null,"model":"gpt-4.1-2025-04-14",
  "output":[{"type":"message","id":"msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b","status":"completed",
             "role":"assistant","content":[{"type":"output_text","text":"Hi there","annotations":[]}]}],
  "parallel_tool_calls":true,"previous_response_id":null,"reasoning":{"effort":null,"summary":null},"store":true,
  "temperature":1.0,"text":{"format":{"type":"text"}},"tool_choice":"auto","tools":[],"top_p":1.0,"truncation":"disabled",
  "usage":{"input_tokens":10000,"input_tokens_details":{"cached_tokens":4000},"output_tokens":1200,
           "output_tokens_details":{"reasoning_tokens":200},"total_tokens":11200},
  "user":null,"metadata":{}})";

// The same call streamed (text deltas "Hi" + " there").
inline constexpr char openAiResponsesStream[] = R"(event: response.created
data: {"type":"response.created","sequence_number":0,"response":{"id":"resp_67cc","object":"response","created_at":1741476542,"status":"in_progress","error":null,"model":"gpt-4.1-2025-04-14","output":[],"usage":null}}

event: response.in_progress
data: {"type":"response.in_progress","sequence_number":1,"response":{"id":"resp_67cc","object":"response","created_at":1741476542,"status":"in_progress","error":null,"model":"gpt-4.1-2025-04-14","output":[],"usage":null}}

event: response.output_item.added
data: {"type":"response.output_item.added","sequence_number":2,"output_index":0,"item":{"id":"msg_67cc","type":"message","status":"in_progress","role":"assistant","content":[]}}

event: response.content_part.added
data: {"type":"response.content_part.added","sequence_number":3,"item_id":"msg_67cc","output_index":0,"content_index":0,"part":{"type":"output_text","text":"","annotations":[]}}

event: response.output_text.delta
data: {"type":"response.output_text.delta","sequence_number":4,"item_id":"msg_67cc","output_index":0,"content_index":0,"delta":"Hi","logprobs":[]}

event: response.output_text.delta
data: {"type":"response.output_text.delta","sequence_number":5,"item_id":"msg_67cc","output_index":0,"content_index":0,"delta":" there","logprobs":[]}

event: response.output_text.done
data: {"type":"response.output_text.done","sequence_number":6,"item_id":"msg_67cc","output_index":0,"content_index":0,"text":"Hi there","logprobs":[]}

event: response.content_part.done
data: {"type":"response.content_part.done","sequence_number":7,"item_id":"msg_67cc","output_index":0,"content_index":0,"part":{"type":"output_text","text":"Hi there","annotations":[]}}

event: response.output_item.done
data: {"type":"response.output_item.done","sequence_number":8,"output_index":0,"item":{"id":"msg_67cc","type":"message","status":"completed","role":"assistant","content":[{"type":"output_text","text":"Hi there","annotations":[]}]}}

event: response.completed
data: {"type":"response.completed","sequence_number":9,"response":{"id":"resp_67cc","object":"response","created_at":1741476542,"status":"completed","error":null,"model":"gpt-4.1-2025-04-14","output":[{"type":"message","id":"msg_67cc","status":"completed","role":"assistant","content":[{"type":"output_text","text":"Hi there","annotations":[]}]}],"usage":{"input_tokens":10000,"input_tokens_details":{"cached_tokens":4000},"output_tokens":1200,"output_tokens_details":{"reasoning_tokens":200},"total_tokens":11200}}}

)";

// text-embedding-3-small, 8000 tokens.
inline constexpr char openAiEmbeddings[]
    = R"({"object":"list","data":[{"object":"embedding","index":0,
  "embedding":[0.0023064255,-0.009327292,-0.0028842222]}],"model":"text-embedding-3-small",
  "usage":{"prompt_tokens":8000,"total_tokens":8000}})";

// claude-sonnet-4-5: 100 uncached input tokens, 20000 cache reads, 3000 cache writes
// (2000 with the 5-minute TTL, 1000 with the 1-hour TTL), 500 output tokens.
inline constexpr char anthropicMessage[] = R"({"id":"msg_01XFDUDYJgAACzvnptvVoYEL","type":"message",
  "role":"assistant","model":"claude-sonnet-4-5-20250929","content":[{"type":"text","text":"Hello!"}],
  "stop_reason":"end_turn","stop_sequence":null,
  "usage":{"input_tokens":100,"cache_creation_input_tokens":3000,"cache_read_input_tokens":20000,
           "cache_creation":{"ephemeral_5m_input_tokens":2000,"ephemeral_1h_input_tokens":1000},
           "output_tokens":500,"service_tier":"standard"}})";

// The same call streamed. message_delta repeats the input side and carries the
// cumulative output total (500), as current API versions do.
inline constexpr char anthropicStream[] = R"(event: message_start
data: {"type":"message_start","message":{"id":"msg_01XFDUDYJgAACzvnptvVoYEL","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":100,"cache_creation_input_tokens":3000,"cache_read_input_tokens":20000,"cache_creation":{"ephemeral_5m_input_tokens":2000,"ephemeral_1h_input_tokens":1000},"output_tokens":1,"service_tier":"standard"}}}

event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

event: ping
data: {"type": "ping"}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello"}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"!"}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"input_tokens":100,"cache_creation_input_tokens":3000,"cache_read_input_tokens":20000,"output_tokens":500}}

event: message_stop
data: {"type":"message_stop"}

)";

} // namespace Fixture
